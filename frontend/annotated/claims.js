/*
 * The claim model of <parallax-annotated>, without the DOM: decoding the server's rows, ordering claims,
 * finding what covers a stretch of text, and the keyboard cursor's moves. Pure functions, tested in the
 * browser by AnnotatedModulesIT.
 */

/**
 * The index of the last item that starts at or before an offset (0 when none does): a binary search over
 * items sorted by start, such as paragraphs ({start}) or sentences ([start, end]).
 */
export function lastStartingBy(list, offset, startOf) {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(list[mid]) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A row as DrawnClaims sends it, [id, start, end, state, relation, [partner ids]], read with the legend
 * sent with the rows: state and relation are indexes into its token lists (relation -1: unpaired).
 */
export function decodeRow([id, start, end, state, relation, partners], legend) {
  return {
    claim: { id, start, end, state: legend.states[state], relation: relation < 0 ? null : legend.relations[relation] },
    partners: partners || [],
  };
}

/** The claims that fit the text, by start (the longer first where two start together). */
export function byStart(claims, length) {
  return [...claims].filter((c) => c.start < c.end && c.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The paragraphs of a text as [start, end] ranges: each ends after its blank line. */
export function paragraphRanges(text) {
  const ranges = [];
  let from = 0;
  while (from < text.length) {
    const gap = text.indexOf('\n\n', from);
    const to = gap < 0 ? text.length : gap + 2;
    ranges.push([from, to]);
    from = to;
  }
  return ranges;
}

/**
 * The stretch from..to cut wherever a claim starts or ends: [{start, end, covering}], covering the claims
 * over that piece in drawing order (the last is drawn on top).
 */
export function pieces(from, to, claims) {
  const cuts = new Set([from, to]);
  claims.forEach((c) => { cuts.add(Math.max(from, c.start)); cuts.add(Math.min(to, c.end)); });
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, covering: claims.filter((c) => c.start <= start && c.end >= end) });
  }
  return out;
}

/** What a paragraph's drawing depends on: equal signatures need no redraw. */
export function signature(claims) {
  return claims.map((c) => `${c.id}:${c.start}:${c.end}:${c.state}:${c.relation}:${c.provisional ? 1 : 0}`).join('|');
}

/** A claim's highlight for a screen reader: "paired, partly contradicts". */
export function describe(claim) {
  const words = (token) => token.replace(/_/g, ' ');
  return `${words(claim.state)}${claim.relation ? ', ' + words(claim.relation) : ''}`;
}

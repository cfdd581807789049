/*
 * The keyboard cursor of <parallax-annotated>: a run of whole sentences, moved, grown and jumped from
 * claim to claim. Pure functions over the sentences ([start, end]) and the claims by start.
 */
import { lastStartingBy } from './claims.js';

/** The claim the cursor sits on: one starting inside the cursor's text, or covering its start. */
export function claimAt(sorted, cursor) {
  const { start, end } = cursor;
  return sorted.find((c) => c.start >= start && c.start < end)
    || sorted.find((c) => c.start <= start && c.end > start) || null;
}

/** The sentence index holding an offset. */
export function sentenceAt(sentences, offset) {
  return lastStartingBy(sentences, offset, (s) => s[0]);
}

/**
 * The cursor one sentence down or up; from no cursor, the sentence {@code startIndex} (the first in view).
 */
export function moveCursor(sentences, cursor, down, startIndex) {
  if (sentences.length === 0) return null;
  let index;
  if (!cursor) index = startIndex;
  else {
    const from = sentenceAt(sentences, down ? cursor.end - 1 : cursor.start);
    index = Math.max(0, Math.min(sentences.length - 1, from + (down ? 1 : -1)));
    if (!down && sentences[from][0] < cursor.start) index = from;
  }
  return { start: sentences[index][0], end: sentences[index][1] };
}

/** The cursor grown by a sentence downwards, or shrunk by one from below; unchanged at the ends. */
export function extendCursor(sentences, cursor, down) {
  const first = sentenceAt(sentences, cursor.start);
  const last = sentenceAt(sentences, cursor.end - 1);
  if (down && last + 1 < sentences.length) return { start: sentences[first][0], end: sentences[last + 1][1] };
  if (!down && last > first) return { start: sentences[first][0], end: sentences[last - 1][1] };
  return cursor;
}

/** The next claim after (or before) the cursor, by start; null at the end. */
export function nextClaim(sorted, cursor, down) {
  const at = cursor ? cursor.start : (down ? -1 : Infinity);
  return (down ? sorted.find((c) => c.start > at) : [...sorted].reverse().find((c) => c.start < at)) || null;
}

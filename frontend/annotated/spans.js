/*
 * Named sets of spans a <parallax-annotated> column marks without changing its DOM, as CSS highlights
 * (::highlight(parallax-<name>) in styles.css): the passage a search result opened ('found') and the
 * suggested contradictions ('suggestion'). The columns share each highlight; a column adds and removes
 * only its own ranges, and draws them again after every render (a redrawn paragraph has new text nodes).
 */
import { positionOf } from './offsets.js';

export class SpanLayer {
  constructor() {
    this._sets = new Map();
    this._ranges = new Map();
  }

  /** Replaces the spans of one name: [[start, end], ...] in UTF-16 offsets. */
  set(name, spans) {
    this._sets.set(name, spans || []);
  }

  get(name) {
    return this._sets.get(name) || [];
  }

  /** Draws every set on the paragraphs as they are now. */
  draw(paragraphs, textLength) {
    if (!(window.CSS && CSS.highlights && window.Highlight) || !paragraphs || paragraphs.length === 0) return;
    for (const [name, spans] of this._sets) {
      const key = `parallax-${name}`;
      let highlight = CSS.highlights.get(key);
      if (!highlight) {
        highlight = new Highlight();
        CSS.highlights.set(key, highlight);
      }
      (this._ranges.get(name) || []).forEach((range) => highlight.delete(range));
      const ranges = spans
        .filter(([start, end]) => start < end && end <= textLength)
        .map(([start, end]) => rangeOf(paragraphs, start, end));
      ranges.forEach((range) => highlight.add(range));
      this._ranges.set(name, ranges);
    }
  }
}

export function rangeOf(paragraphs, start, end) {
  const from = positionOf(paragraphs, start);
  const to = positionOf(paragraphs, end);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/*
 * Text offsets (UTF-16, as the server counts them) and DOM positions in a <parallax-annotated> column.
 */
import { lastStartingBy } from './claims.js';

/** The text offset of a DOM position inside the column's body. */
export function offsetOf(body, container, offset) {
  const range = document.createRange();
  range.selectNodeContents(body);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** A DOM position for a text offset: the paragraph's nodes are walked, nothing else. */
export function positionOf(paragraphs, offset) {
  const paragraph = paragraphs[lastStartingBy(paragraphs, offset, (p) => p.start)];
  let at = paragraph.start;
  const walker = document.createTreeWalker(paragraph.block, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  let last = null;
  while (node) {
    if (offset <= at + node.length) return { node, offset: offset - at };
    at += node.length;
    last = node;
    node = walker.nextNode();
  }
  return last ? { node: last, offset: last.length } : { node: paragraph.block, offset: 0 };
}

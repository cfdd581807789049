/*
 * How <parallax-annotated> draws: the text as chunks of paragraph blocks, and a paragraph as text nodes
 * and <mark>s. DOM only; what to draw comes from claims.js.
 */
import { describe, paragraphRanges, pieces } from './claims.js';

/** Characters of text per chunk: a few screenfuls of a column, the unit the browser skips when out of view. */
const CHUNK_CHARACTERS = 4000;

/** The marks a claim is drawn with (a mark covered by several claims lists all their ids). */
export const markSelector = (id) => `mark[data-ids~="${CSS.escape(String(id))}"]`;

/**
 * A new text: one block per paragraph, so a change of claims re-renders only the paragraphs it touches.
 * Paragraphs are grouped into chunks of a few screenfuls, and a chunk out of view is neither laid out nor
 * painted (content-visibility in styles.css). Chunks rather than paragraphs: the browser checks every such
 * element against the view on each frame, which cost 12-25 ms a frame with one per paragraph of a
 * 50,000-word text. A height guessed from the length keeps the scrollbar honest.
 *
 * @returns {{fragment: DocumentFragment, paragraphs: {start, end, block, signature}[]}}
 */
export function layOut(text, width) {
  const paragraphs = [];
  const fragment = document.createDocumentFragment();
  const perLine = Math.max(20, Math.floor((width || 600) / 8.5));
  const lines = (from, to) => Math.ceil((to - from) / perLine) + 1;
  let chunk = null;
  let chunkStart = 0;
  let chunkLines = 0;
  for (const [from, to] of paragraphRanges(text)) {
    if (!chunk || from - chunkStart >= CHUNK_CHARACTERS) {
      chunk = document.createElement('div');
      chunk.className = 'chunk';
      fragment.appendChild(chunk);
      chunkStart = from;
      chunkLines = 0;
    }
    const block = document.createElement('div');
    block.className = 'para';
    chunk.appendChild(block);
    chunkLines += lines(from, to);
    chunk.style.containIntrinsicSize = `auto ${(chunkLines * 1.65).toFixed(2)}em`;
    paragraphs.push({ start: from, end: to, block, signature: null });
  }
  return { fragment, paragraphs };
}

/** The text between from and to as text nodes and <mark>s, split wherever a claim starts or ends. */
export function drawPieces(text, from, to, claims, chosen) {
  const fragment = document.createDocumentFragment();
  for (const { start, end, covering } of pieces(from, to, claims)) {
    const piece = text.substring(start, end);
    if (covering.length === 0) {
      fragment.appendChild(document.createTextNode(piece));
      continue;
    }
    const top = covering[covering.length - 1];
    const mark = document.createElement('mark');
    mark.textContent = piece;
    mark.dataset.ids = covering.map((c) => c.id).join(' ');
    mark.dataset.start = String(start);
    mark.className = `claim state-${top.state}${top.relation ? ' rel-' + top.relation : ''}${top.provisional ? ' provisional' : ''}`;
    if (chosen && covering.some((c) => String(c.id) === chosen)) mark.classList.add('chosen');
    if (start === top.start || start === from) {
      // Focusable for the keyboard's claim jumps, but not a tab stop each: the column is one.
      mark.tabIndex = -1;
      mark.setAttribute('aria-label', `Claim: ${text.substring(top.start, top.end)}; ${describe(top)}`);
    }
    fragment.appendChild(mark);
  }
  return fragment;
}

/*
 * <parallax-annotated>: one column of the comparison screen. Draws an account's text with its claims
 * highlighted (one element for the whole text, fed with JSON) and reports, as UTF-16 offsets:
 *   "text-selected"    {start, end, quote}  the reader selected text with the mouse
 *   "sentence-clicked" {start, end, quote}  a click on unmarked text, or Enter/M on the keyboard cursor
 *   "claim-clicked"    {id}                 a click on a claim, or Enter on the keyboard cursor over one
 * Attribute src: URL of the column's JSON {text, sentences: [[start, end], ...]}, fetched once per account
 * so the text is not held in the server session.
 * Methods (called by the server): setClaims(json) with {rows: [[id, start, end, state, relation,
 * [partner ids]], ...]}; patchClaims(json) with {rows: [...changed], removed: [ids]}; select(id); reveal(id);
 * showFound("start-end") marks a search hit and scrolls to it; setSuggestions(json) marks suggested passages
 * ([[start, end], ...]) and revealSpan("start-end") scrolls to one (annotated/spans.js);
 * drawProvisional() and drawProvisionalLink(relation), called from the dialogs' buttons in the browser, so
 * a mark or link shows at the click, before the server's answer replaces it (or clearProvisional() undoes it).
 * Only the paragraphs a change touches are redrawn, and chunks of paragraphs out of view are neither laid
 * out nor painted (content-visibility in styles.css), so a long text stays quick.
 * Keyboard (the column is one tab stop): ArrowUp/Down move a cursor sentence by sentence, Shift extends
 * it, Alt+ArrowUp/Down jump between claims, Enter chooses the claim under the cursor or marks the cursor's
 * text, M always marks it. An aria-live line reads out where the cursor is.
 * Hovering or focusing a claim highlights its partners in every other <parallax-annotated>.
 * A plain Custom Element in ES modules (annotated/: the claim model, the cursor, offsets, drawing), served
 * as they are: no build step.
 */
import { byStart, decodeRow, lastStartingBy, describe, signature } from './annotated/claims.js';
import { claimAt, extendCursor, moveCursor, nextClaim, sentenceAt } from './annotated/cursor.js';
import { offsetOf, positionOf } from './annotated/offsets.js';
import { drawPieces, layOut, markSelector } from './annotated/render.js';
import { SpanLayer } from './annotated/spans.js';

class ParallaxAnnotated extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
  }

  constructor() {
    super();
    this._claims = new Map();
    this.partners = {};
    this._chosen = null;
    this._spans = new SpanLayer();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'src' && value && value !== oldValue) this._load(value);
  }

  async _load(src) {
    this._loading = src;
    const response = await fetch(src, { credentials: 'same-origin' });
    if (this._loading !== src) return;
    const body = await response.json();
    this._text = body.text || '';
    this._sentences = body.sentences || [];
    this._cursor = null;
    this._render(null);
    this._emit('annotated-loaded', {});
  }

  connectedCallback() {
    if (!this._wired) {
      this._wired = true;
      this.tabIndex = 0;
      this.setAttribute('role', 'application');
      this.setAttribute('aria-roledescription', 'account text');
      this._body = document.createElement('div');
      this._body.className = 'body';
      this._live = document.createElement('div');
      this._live.className = 'live';
      this._live.setAttribute('aria-live', 'polite');
      this.replaceChildren(this._body, this._live);
      this.addEventListener('mouseup', (e) => this._onMouseUp(e));
      this.addEventListener('keydown', (e) => this._onKeyDown(e));
      this.addEventListener('mouseover', (e) => this._hover(e.target.closest && e.target.closest('mark')));
      this.addEventListener('focusin', (e) => this._hover(e.target.closest && e.target.closest('mark')));
      this.addEventListener('mouseleave', () => this._hover(null));
    }
    this._render(null);
  }

  /** Replaces every claim. */
  setClaims(json) {
    const body = JSON.parse(json || '{}');
    // The codes in the rows index these lists, which come from the server's enums (DrawnClaims).
    if (body.legend) this._legend = body.legend;
    this._dropProvisional();
    this._claims = new Map();
    (body.rows || []).forEach((row) => this._put(row));
    this._sorted = null;
    this._render(null);
  }

  /** Applies changed rows and removals, redrawing only the paragraphs they touch. */
  patchClaims(json) {
    const body = JSON.parse(json || '{}');
    const touched = this._dropProvisional();
    (body.removed || []).forEach((id) => {
      const old = this._claims.get(id);
      if (old) touched.push(old);
      this._claims.delete(id);
      delete this.partners[id];
    });
    (body.rows || []).forEach((row) => {
      const old = this._claims.get(row[0]);
      if (old) touched.push(old);
      touched.push(this._put(row));
    });
    this._sorted = null;
    this._render(touched);
  }

  /** What the reader offered to mark last: drawn at once if they confirm it. */
  _propose(start, end) {
    this._proposed = { start, end };
  }

  /** Draws the offered text as a claim before the server has stored it (see _soon for when). */
  drawProvisional() {
    this._soon(() => {
      if (!this._proposed) return;
      this._showProvisional({ id: 'provisional', start: this._proposed.start, end: this._proposed.end, state: 'unpaired', relation: null, provisional: true });
    });
  }

  /** Draws the chosen claim as paired with the given relation before the server has stored the pair. */
  drawProvisionalLink(relation) {
    this._soon(() => {
      const claim = this._chosen && this._claims.get(Number(this._chosen));
      if (claim) this._showProvisional({ ...claim, state: 'paired', relation, provisional: true, was: claim });
    });
  }

  /**
   * The provisional drawings are asked for at the click on a dialog's button and made in a 1 ms timer,
   * queued behind the one in which Vaadin's client sends the click, so the request is not held back by the
   * frame that paints them. Skipped if the server's answer (or any redraw of the claims) came first, so
   * that nothing provisional is left standing.
   */
  _soon(draw) {
    const ticket = {};
    this._ticket = ticket;
    setTimeout(() => {
      if (this._ticket === ticket) draw();
    }, 1);
  }

  _showProvisional(claim) {
    const touched = this._dropProvisional();
    this._claims.set(claim.id, claim);
    this._provisional = [claim];
    touched.push(claim);
    this._sorted = null;
    this._render(touched);
  }

  /** Takes back what was drawn provisionally (the server refused it, or its answer has come). */
  clearProvisional() {
    const touched = this._dropProvisional();
    this._sorted = null;
    this._render(touched);
  }

  /** Undoes the provisional drawing, and cancels one still waiting for its timer. */
  _dropProvisional() {
    this._ticket = null;
    const touched = [];
    (this._provisional || []).forEach((claim) => {
      touched.push(claim);
      if (claim.was) this._claims.set(claim.id, claim.was);
      else this._claims.delete(claim.id);
    });
    this._provisional = null;
    return touched;
  }

  _put(row) {
    const { claim, partners } = decodeRow(row, this._legend || { states: [], relations: [] });
    this._claims.set(claim.id, claim);
    if (partners.length) this.partners[claim.id] = partners;
    else delete this.partners[claim.id];
    return claim;
  }

  get text() {
    return this._text || '';
  }

  /** Marks a claim as chosen (an empty id clears the choice). */
  select(id) {
    this._chosen = id ? String(id) : null;
    this._body && this._body.querySelectorAll('mark.chosen').forEach((m) => m.classList.remove('chosen'));
    if (this._chosen) this._marksOf(this._chosen).forEach((m) => m.classList.add('chosen'));
  }

  /** Scrolls a claim into view and focuses it. */
  reveal(id) {
    const mark = this._marksOf(String(id))[0];
    if (mark) {
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      const claim = this._claims.get(Number(id));
      if (claim) this._setCursor(claim.start, claim.end, false);
    }
  }

  /** Marks a passage ("start-end", a search hit) and brings it into view once the text is drawn. */
  showFound(span) {
    const [start, end] = String(span || '').split('-').map(Number);
    const found = Number.isInteger(start) && Number.isInteger(end) && start < end ? [[start, end]] : [];
    this._spans.set('found', found);
    this._reveal = found[0] || null;
    this._drawSpans();
  }

  /** Marks the suggested passages: [[start, end], ...] as JSON. */
  setSuggestions(json) {
    this._spans.set('suggestion', JSON.parse(json || '[]'));
    this._drawSpans();
  }

  /** Scrolls a passage ("start-end") into view and puts the keyboard cursor on it. */
  revealSpan(span) {
    const [start, end] = String(span || '').split('-').map(Number);
    if (Number.isInteger(start) && Number.isInteger(end) && start < end) {
      this._reveal = [start, end];
      this._drawSpans();
    }
  }

  _drawSpans() {
    if (!this._paragraphs || this._paragraphs.length === 0) return;
    this._spans.draw(this._paragraphs, this.text.length);
    const wanted = this._reveal;
    if (wanted && wanted[1] <= this.text.length) {
      this._reveal = null;
      // The paragraph first: a range in a chunk the browser skipped has no box yet.
      this._paragraphs[this._paragraphAt(wanted[0])].block.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => this._setCursor(wanted[0], wanted[1], true));
    }
  }

  highlightPartners(ids) {
    const wanted = (ids || []).map(String);
    this._body.querySelectorAll('mark.partner').forEach((m) => m.classList.remove('partner'));
    let first = null;
    wanted.forEach((id) => this._marksOf(id).forEach((m) => {
      m.classList.add('partner');
      first = first || m;
    }));
    if (first) {
      const box = first.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      if (box.top < host.top || box.bottom > host.bottom) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  /**
   * Where a claim is drawn, for the gutter's connectors: the chunk holding the paragraph it starts in,
   * and its first mark, looked for in that paragraph only (the whole column when it is not there).
   */
  anchorOf(id) {
    const claim = this._claims.get(Number(id));
    if (!claim || !this._paragraphs || this._paragraphs.length === 0) return null;
    const block = this._paragraphs[this._paragraphAt(claim.start)].block;
    const selector = markSelector(id);
    return { claim, chunk: block.parentElement, mark: () => block.querySelector(selector) || this._body.querySelector(selector) };
  }

  _marksOf(id) {
    return this._body ? [...this._body.querySelectorAll(markSelector(id))] : [];
  }

  /** Claims by start offset, rebuilt after a change. */
  _byStart() {
    if (!this._sorted) this._sorted = byStart(this._claims.values(), this.text.length);
    return this._sorted;
  }

  /** Index of the paragraph holding an offset. */
  _paragraphAt(offset) {
    return lastStartingBy(this._paragraphs, offset, (p) => p.start);
  }

  /** Draws the paragraphs the given claims touch, or all that changed when touched is null. */
  _render(touched) {
    if (!this.isConnected || !this._body || this._text === undefined) return;
    const began = performance.now();
    const text = this._text;
    if (this._renderedText !== text) {
      this._renderedText = text;
      const { fragment, paragraphs } = layOut(text, this.clientWidth);
      this._paragraphs = paragraphs;
      this._body.replaceChildren(fragment);
      touched = null;
    }
    if (this._paragraphs.length === 0) return;
    const claims = this._byStart();
    let dirty;
    if (touched === null) {
      dirty = this._paragraphs.map((p) => ({ paragraph: p, inside: [] }));
      claims.forEach((c) => {
        for (let i = this._paragraphAt(c.start); i < dirty.length && dirty[i].paragraph.start < c.end; i++) {
          dirty[i].inside.push(c);
        }
      });
    } else {
      const indexes = new Set();
      touched.forEach((c) => {
        for (let i = this._paragraphAt(c.start); i < this._paragraphs.length && this._paragraphs[i].start < Math.max(c.end, c.start + 1); i++) {
          indexes.add(i);
        }
      });
      dirty = [...indexes].map((i) => {
        const p = this._paragraphs[i];
        return { paragraph: p, inside: claims.filter((c) => c.start < p.end && c.end > p.start) };
      });
    }
    for (const { paragraph, inside } of dirty) {
      const drawn = signature(inside);
      if (drawn === paragraph.signature) continue;
      paragraph.signature = drawn;
      paragraph.block.replaceChildren(drawPieces(text, paragraph.start, paragraph.end, inside, this._chosen));
    }
    // Redrawn paragraphs have new text nodes: put the cursor and the marked passages back on them.
    if (this._cursor) this._drawCursor();
    this._drawSpans();
    // Only when the comparison benchmark asks (it sets window.parallaxTimings): where the browser's time goes.
    if (window.parallaxTimings) window.parallaxTimings.push(['render', performance.now() - began]);
    // Marks take no room of their own, so only a change of a paired claim moves or adds a connector, and
    // connectors follow the server's partners only, never a provisional drawing: the gutter skips its
    // redraw (10-15 ms on a long text) for a new unpaired claim and at the click of a link.
    const connectors = touched === null
        || touched.some((c) => !c.provisional && (c.state === 'paired' || c.state === 'approved'));
    this._emit('annotated-rendered', { connectors });
  }

  _reportSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
    const range = selection.getRangeAt(0);
    if (!this._body.contains(range.startContainer) || !this._body.contains(range.endContainer)) return false;
    const start = offsetOf(this._body, range.startContainer, range.startOffset);
    const end = offsetOf(this._body, range.endContainer, range.endOffset);
    if (end <= start) return false;
    this._propose(start, end);
    this._emit('text-selected', { start, end, quote: this.text.substring(start, end) });
    return true;
  }

  _onMouseUp(event) {
    if (this._reportSelection()) return;
    const mark = event.target.closest && event.target.closest('mark');
    if (mark) {
      const id = Number(mark.dataset.ids.split(' ').pop());
      if (Number.isNaN(id)) return;
      const claim = this._claims.get(id);
      if (claim) this._setCursor(claim.start, claim.end, false);
      this._emit('claim-clicked', { id });
      return;
    }
    const caret = document.caretRangeFromPoint ? document.caretRangeFromPoint(event.clientX, event.clientY) : null;
    if (!caret || !this._body.contains(caret.startContainer)) return;
    const at = offsetOf(this._body, caret.startContainer, caret.startOffset);
    const sentence = (this._sentences || []).find(([s, e]) => at >= s && at < e);
    if (sentence) {
      this._setCursor(sentence[0], sentence[1], false);
      this._propose(sentence[0], sentence[1]);
      this._emit('sentence-clicked', { start: sentence[0], end: sentence[1], quote: this.text.substring(sentence[0], sentence[1]) });
    }
  }

  _onKeyDown(event) {
    if (!this._paragraphs || this._paragraphs.length === 0) return;
    const down = event.key === 'ArrowDown';
    if ((down || event.key === 'ArrowUp') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (event.altKey) this._jumpToClaim(down);
      else if (event.shiftKey) this._extendCursor(down);
      else this._moveCursor(down);
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (!this._cursor) return;
      event.preventDefault();
      const claim = this._claimAtCursor();
      if (claim) this._emit('claim-clicked', { id: claim.id });
      else this._markCursor();
    } else if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (!this._cursor) return;
      event.preventDefault();
      this._markCursor();
    }
  }

  _markCursor() {
    const { start, end } = this._cursor;
    this._propose(start, end);
    this._emit('sentence-clicked', { start, end, quote: this.text.substring(start, end) });
  }

  /** The first sentence at the top of what is in view, where the keyboard cursor starts. */
  _firstInView() {
    const top = this.getBoundingClientRect().top;
    // Chunks first: asking a paragraph of a skipped chunk for its box would lay that chunk out.
    const chunk = [...this._body.children].find((c) => c.getBoundingClientRect().bottom > top);
    const paragraph = (chunk && this._paragraphs.find((p) => p.block.parentElement === chunk
        && p.block.getBoundingClientRect().bottom > top)) || this._paragraphs[0];
    return sentenceAt(this._sentences || [], paragraph.start);
  }

  _moveCursor(down) {
    const to = moveCursor(this._sentences || [], this._cursor, down, this._cursor ? 0 : this._firstInView());
    if (to) this._setCursor(to.start, to.end, true);
  }

  _extendCursor(down) {
    if (!this._cursor) return this._moveCursor(down);
    const to = extendCursor(this._sentences || [], this._cursor, down);
    if (to !== this._cursor) this._setCursor(to.start, to.end, true);
  }

  _jumpToClaim(down) {
    const next = nextClaim(this._byStart(), this._cursor, down);
    if (!next) return;
    this._setCursor(next.start, next.end, true);
    const mark = this._marksOf(String(next.id))[0];
    if (mark) mark.focus({ preventScroll: true });
  }

  /** The claim the cursor sits on. */
  _claimAtCursor() {
    return claimAt(this._byStart(), this._cursor);
  }

  /** Moves the cursor (a CSS highlight: no DOM change); with announce, scrolls to it and reads it out. */
  _setCursor(start, end, announce) {
    this._cursor = { start, end };
    const range = this._drawCursor();
    if (!announce) return;
    const box = range.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    if (box.top < host.top || box.bottom > host.bottom) {
      this.scrollTop += box.top - host.top - host.height / 3;
    }
    const claim = this._claimAtCursor();
    this._live.textContent = claim
      ? `Claim, ${describe(claim)}: ${this.text.substring(claim.start, claim.end).trim()} — Enter chooses it, M marks the sentence.`
      : `Sentence ${sentenceAt(this._sentences, start) + 1} of ${this._sentences.length}: ${this.text.substring(start, end).trim()} — Enter marks it as a claim.`;
  }

  /** One highlight shared by the columns, holding each column's cursor range. */
  _drawCursor() {
    const from = positionOf(this._paragraphs, this._cursor.start);
    const to = positionOf(this._paragraphs, this._cursor.end);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    if (window.CSS && CSS.highlights && window.Highlight) {
      let highlight = CSS.highlights.get('parallax-cursor');
      if (!highlight) {
        highlight = new Highlight();
        CSS.highlights.set('parallax-cursor', highlight);
      }
      if (this._range) highlight.delete(this._range);
      highlight.add(range);
    }
    this._range = range;
    return range;
  }

  _hover(mark) {
    const ids = mark ? mark.dataset.ids.split(' ') : [];
    const wanted = ids.flatMap((id) => this.partners[id] || []);
    document.querySelectorAll('parallax-annotated').forEach((el) => {
      if (el !== this && el.highlightPartners) el.highlightPartners(wanted);
    });
  }

  _emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('parallax-annotated')) {
  customElements.define('parallax-annotated', ParallaxAnnotated);
}

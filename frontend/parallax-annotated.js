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
 * drawProvisional() and drawProvisionalLink(relation), called from the dialogs' buttons in the browser, so
 * a mark or link shows at the click, before the server's answer replaces it (or clearProvisional() undoes it).
 * Only the paragraphs a change touches are redrawn, and chunks of paragraphs out of view are neither laid
 * out nor painted (content-visibility in styles.css), so a long text stays quick.
 * Keyboard (the column is one tab stop): ArrowUp/Down move a cursor sentence by sentence, Shift extends
 * it, Alt+ArrowUp/Down jump between claims, Enter chooses the claim under the cursor or marks the cursor's
 * text, M always marks it. An aria-live line reads out where the cursor is.
 * Hovering or focusing a claim highlights its partners in every other <parallax-annotated>.
 * Plain Custom Element: no imports, no build step.
 */
/** Characters of text per chunk: a few screenfuls of a column, the unit the browser skips when out of view. */
const CHUNK_CHARACTERS = 4000;
/** The marks a claim is drawn with (a mark covered by several claims lists all their ids). */
const markSelector = (id) => `mark[data-ids~="${CSS.escape(String(id))}"]`;

class ParallaxAnnotated extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
  }

  constructor() {
    super();
    this._claims = new Map();
    this.partners = {};
    this._chosen = null;
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

  _put([id, start, end, state, relation, partners]) {
    const legend = this._legend || { states: [], relations: [] };
    const claim = { id, start, end, state: legend.states[state], relation: relation < 0 ? null : legend.relations[relation] };
    this._claims.set(id, claim);
    if (partners && partners.length) this.partners[id] = partners;
    else delete this.partners[id];
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
    if (!this._sorted) {
      const length = this.text.length;
      this._sorted = [...this._claims.values()].filter((c) => c.start < c.end && c.end <= length)
        .sort((a, b) => a.start - b.start || b.end - a.end);
    }
    return this._sorted;
  }

  /** Index of the paragraph holding an offset (binary search over their starts). */
  _paragraphAt(offset) {
    const list = this._paragraphs;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Draws the paragraphs the given claims touch, or all that changed when touched is null. */
  _render(touched) {
    if (!this.isConnected || !this._body || this._text === undefined) return;
    const began = performance.now();
    const text = this._text;
    if (this._renderedText !== text) {
      // A new text: one block per paragraph, so a change of claims re-renders only the paragraphs it touches.
      // Paragraphs are grouped into chunks of a few screenfuls, and a chunk out of view is neither laid out
      // nor painted (content-visibility in styles.css). Chunks rather than paragraphs: the browser checks
      // every such element against the view on each frame, which cost 12-25 ms a frame with one per
      // paragraph of a 50,000-word text. A height guessed from the length keeps the scrollbar honest.
      this._renderedText = text;
      this._paragraphs = [];
      const blocks = document.createDocumentFragment();
      const perLine = Math.max(20, Math.floor((this.clientWidth || 600) / 8.5));
      const lines = (from, to) => Math.ceil((to - from) / perLine) + 1;
      let chunk = null;
      let chunkStart = 0;
      let chunkLines = 0;
      let from = 0;
      while (from < text.length) {
        const gap = text.indexOf('\n\n', from);
        const to = gap < 0 ? text.length : gap + 2;
        if (!chunk || from - chunkStart >= CHUNK_CHARACTERS) {
          chunk = document.createElement('div');
          chunk.className = 'chunk';
          blocks.appendChild(chunk);
          chunkStart = from;
          chunkLines = 0;
        }
        const block = document.createElement('div');
        block.className = 'para';
        chunk.appendChild(block);
        chunkLines += lines(from, to);
        chunk.style.containIntrinsicSize = `auto ${(chunkLines * 1.65).toFixed(2)}em`;
        this._paragraphs.push({ start: from, end: to, block, signature: null });
        from = to;
      }
      this._body.replaceChildren(blocks);
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
      const signature = inside.map((c) => `${c.id}:${c.start}:${c.end}:${c.state}:${c.relation}:${c.provisional ? 1 : 0}`).join('|');
      if (signature === paragraph.signature) continue;
      paragraph.signature = signature;
      paragraph.block.replaceChildren(this._segments(text, paragraph.start, paragraph.end, inside));
    }
    // Redrawn paragraphs have new text nodes: put the cursor back on them.
    if (this._cursor) this._drawCursor();
    // Kept for the comparison benchmark, which reads where the browser's time goes.
    (window.parallaxTimings = window.parallaxTimings || []).push(['render', performance.now() - began]);
    // Marks take no room of their own, so only a change of a paired claim moves or adds a connector, and
    // connectors follow the server's partners only, never a provisional drawing: the gutter skips its
    // redraw (10-15 ms on a long text) for a new unpaired claim and at the click of a link.
    const connectors = touched === null
        || touched.some((c) => !c.provisional && (c.state === 'paired' || c.state === 'approved'));
    this._emit('annotated-rendered', { connectors });
  }

  /** The text between from and to as text nodes and <mark>s, split wherever a claim starts or ends. */
  _segments(text, from, to, claims) {
    const cuts = new Set([from, to]);
    claims.forEach((c) => { cuts.add(Math.max(from, c.start)); cuts.add(Math.min(to, c.end)); });
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      const covering = claims.filter((c) => c.start <= a && c.end >= b);
      const piece = text.substring(a, b);
      if (covering.length === 0) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      const top = covering[covering.length - 1];
      const mark = document.createElement('mark');
      mark.textContent = piece;
      mark.dataset.ids = covering.map((c) => c.id).join(' ');
      mark.dataset.start = String(a);
      mark.className = `claim state-${top.state}${top.relation ? ' rel-' + top.relation : ''}${top.provisional ? ' provisional' : ''}`;
      if (this._chosen && covering.some((c) => String(c.id) === this._chosen)) mark.classList.add('chosen');
      if (a === top.start || a === from) {
        // Focusable for the keyboard's claim jumps, but not a tab stop each: the column is one.
        mark.tabIndex = -1;
        mark.setAttribute('aria-label', `Claim: ${text.substring(top.start, top.end)}; ${this._describe(top)}`);
      }
      fragment.appendChild(mark);
    }
    return fragment;
  }

  _describe(claim) {
    return `${claim.state.replace('-', ' ')}${claim.relation ? ', ' + claim.relation.replace('-', ' ') : ''}`;
  }

  /** The text offset of a DOM position inside the column. */
  _offset(container, offset) {
    const range = document.createRange();
    range.selectNodeContents(this._body);
    range.setEnd(container, offset);
    return range.toString().length;
  }

  /** A DOM position for a text offset: the paragraph's nodes are walked, nothing else. */
  _position(offset) {
    const paragraph = this._paragraphs[this._paragraphAt(offset)];
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

  _reportSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
    const range = selection.getRangeAt(0);
    if (!this._body.contains(range.startContainer) || !this._body.contains(range.endContainer)) return false;
    const start = this._offset(range.startContainer, range.startOffset);
    const end = this._offset(range.endContainer, range.endOffset);
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
    const at = this._offset(caret.startContainer, caret.startOffset);
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

  /** The sentence index holding an offset. */
  _sentenceAt(offset) {
    const list = this._sentences || [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid][0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first sentence at the top of what is in view, where the keyboard cursor starts. */
  _firstInView() {
    const top = this.getBoundingClientRect().top;
    // Chunks first: asking a paragraph of a skipped chunk for its box would lay that chunk out.
    const chunk = [...this._body.children].find((c) => c.getBoundingClientRect().bottom > top);
    const paragraph = (chunk && this._paragraphs.find((p) => p.block.parentElement === chunk
        && p.block.getBoundingClientRect().bottom > top)) || this._paragraphs[0];
    return this._sentenceAt(paragraph.start);
  }

  _moveCursor(down) {
    const list = this._sentences || [];
    if (list.length === 0) return;
    let index;
    if (!this._cursor) index = this._firstInView();
    else {
      const from = this._sentenceAt(down ? this._cursor.end - 1 : this._cursor.start);
      index = Math.max(0, Math.min(list.length - 1, from + (down ? 1 : -1)));
      if (!down && list[from][0] < this._cursor.start) index = from;
    }
    this._setCursor(list[index][0], list[index][1], true);
  }

  _extendCursor(down) {
    const list = this._sentences || [];
    if (!this._cursor) return this._moveCursor(down);
    const first = this._sentenceAt(this._cursor.start);
    const last = this._sentenceAt(this._cursor.end - 1);
    if (down && last + 1 < list.length) this._setCursor(list[first][0], list[last + 1][1], true);
    else if (!down && last > first) this._setCursor(list[first][0], list[last - 1][1], true);
  }

  _jumpToClaim(down) {
    const claims = this._byStart();
    if (claims.length === 0) return;
    const at = this._cursor ? this._cursor.start : (down ? -1 : Infinity);
    const next = down ? claims.find((c) => c.start > at) : [...claims].reverse().find((c) => c.start < at);
    if (!next) return;
    this._setCursor(next.start, next.end, true);
    const mark = this._marksOf(String(next.id))[0];
    if (mark) mark.focus({ preventScroll: true });
  }

  /** The claim the cursor sits on: one starting inside the cursor's text, or covering its start. */
  _claimAtCursor() {
    const { start, end } = this._cursor;
    return this._byStart().find((c) => c.start >= start && c.start < end)
      || this._byStart().find((c) => c.start <= start && c.end > start) || null;
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
      ? `Claim, ${this._describe(claim)}: ${this.text.substring(claim.start, claim.end).trim()} — Enter chooses it, M marks the sentence.`
      : `Sentence ${this._sentenceAt(start) + 1} of ${this._sentences.length}: ${this.text.substring(start, end).trim()} — Enter marks it as a claim.`;
  }

  /** One highlight shared by the columns, holding each column's cursor range. */
  _drawCursor() {
    const from = this._position(this._cursor.start);
    const to = this._position(this._cursor.end);
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

/*
 * <parallax-annotated>: one column of the comparison screen. Draws an account's text with its claims
 * highlighted (one element for the whole text, fed with JSON) and reports, as UTF-16 offsets:
 *   "text-selected"    {start, end}   the reader selected text with the mouse or keyboard
 *   "sentence-clicked" {start, end}   a click on unmarked text: take that sentence
 *   "claim-clicked"    {id}           a click (or Enter) on a claim
 * Attribute src: URL of the column's JSON {text, sentences: [[start, end], ...]}, fetched once per account
 * so the text is not held in the server session. Property claims: JSON {claims: [[id, start, end, state,
 * relation], ...], partners: {claimId: [claimIds in the other column]}}, replaced on every change.
 * Methods: select(ids), reveal(id).
 * Hovering or focusing a claim highlights its partners in every other <parallax-annotated>.
 * Plain Custom Element: no imports, no build step.
 */
const STATES = ['unpaired', 'paired', 'approved', 'no-counterpart'];
const RELATIONS = [null, 'contradicts', 'partly-contradicts', 'consistent'];

class ParallaxAnnotated extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
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
    this._render();
    this._emit('annotated-loaded', {});
  }

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'claims')) {
      const value = this.claims;
      delete this.claims;
      this.claims = value;
    }
    if (!this._wired) {
      this._wired = true;
      this.setAttribute('role', 'document');
      this.addEventListener('mouseup', (e) => this._onMouseUp(e));
      this.addEventListener('keyup', (e) => { if (e.shiftKey) this._reportSelection(); });
      this.addEventListener('keydown', (e) => this._onKeyDown(e));
      this.addEventListener('mouseover', (e) => this._hover(e.target.closest && e.target.closest('mark')));
      this.addEventListener('focusin', (e) => this._hover(e.target.closest && e.target.closest('mark')));
      this.addEventListener('mouseleave', () => this._hover(null));
    }
    this._render();
  }

  set claims(value) {
    const parsed = typeof value === 'string' ? JSON.parse(value || '{}') : (value || {});
    this._claims = (parsed.claims || []).map(([id, start, end, state, relation]) =>
      ({ id, start, end, state: STATES[state], relation: RELATIONS[relation] }));
    this.partners = parsed.partners || {};
    this._render();
  }

  get claims() {
    return this._claims;
  }

  get text() {
    return this._text || '';
  }

  /** Marks the given claims as chosen. */
  select(ids) {
    const chosen = new Set((ids || []).map(String));
    this.querySelectorAll('mark').forEach((m) => {
      m.classList.toggle('chosen', m.dataset.ids.split(' ').some((id) => chosen.has(id)));
    });
  }

  /** Scrolls a claim into view and focuses it. */
  reveal(id) {
    const mark = this.querySelector(`mark[data-ids~="${id}"]`);
    if (mark) {
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
    }
  }

  highlightPartners(ids) {
    const wanted = new Set((ids || []).map(String));
    this.querySelectorAll('mark.partner').forEach((m) => m.classList.remove('partner'));
    let first = null;
    this.querySelectorAll('mark').forEach((m) => {
      if (m.dataset.ids.split(' ').some((id) => wanted.has(id))) {
        m.classList.add('partner');
        first = first || m;
      }
    });
    if (first) {
      const box = first.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      if (box.top < host.top || box.bottom > host.bottom) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  _render() {
    if (!this.isConnected || this._text === undefined) return;
    const began = performance.now();
    const text = this._text;
    if (this._renderedText !== text) {
      // A new text: one block per paragraph, so a change of claims re-renders only the paragraphs it touches.
      this._renderedText = text;
      this._paragraphs = [];
      const blocks = document.createDocumentFragment();
      let from = 0;
      while (from < text.length) {
        const gap = text.indexOf('\n\n', from);
        const to = gap < 0 ? text.length : gap + 2;
        const block = document.createElement('div');
        block.className = 'para';
        blocks.appendChild(block);
        this._paragraphs.push({ start: from, end: to, block, signature: null });
        from = to;
      }
      this.replaceChildren(blocks);
    }
    const claims = (this._claims || []).filter((c) => c.start < c.end && c.end <= text.length);
    for (const paragraph of this._paragraphs) {
      const inside = claims.filter((c) => c.start < paragraph.end && c.end > paragraph.start);
      const signature = inside.map((c) => `${c.id}:${c.start}:${c.end}:${c.state}:${c.relation}`).join('|');
      if (signature === paragraph.signature) continue;
      paragraph.signature = signature;
      paragraph.block.replaceChildren(this._segments(text, paragraph.start, paragraph.end, inside));
    }
    // Kept for the comparison benchmark, which reads where the browser's time goes.
    (window.parallaxTimings = window.parallaxTimings || []).push(['render', performance.now() - began]);
    this._emit('annotated-rendered', {});
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
      mark.className = `claim state-${top.state}${top.relation ? ' rel-' + top.relation : ''}`;
      if (a === top.start || a === from) {
        mark.tabIndex = 0;
        mark.setAttribute('aria-label', `Claim: ${text.substring(top.start, top.end)}; ${top.state}${top.relation ? ', ' + top.relation : ''}`);
      }
      fragment.appendChild(mark);
    }
    return fragment;
  }

  _offset(container, offset) {
    const range = document.createRange();
    range.selectNodeContents(this);
    range.setEnd(container, offset);
    return range.toString().length;
  }

  _reportSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
    const range = selection.getRangeAt(0);
    if (!this.contains(range.startContainer) || !this.contains(range.endContainer)) return false;
    const start = this._offset(range.startContainer, range.startOffset);
    const end = this._offset(range.endContainer, range.endOffset);
    if (end <= start) return false;
    this._emit('text-selected', { start, end, quote: this.text.substring(start, end) });
    return true;
  }

  _onMouseUp(event) {
    if (this._reportSelection()) return;
    const mark = event.target.closest && event.target.closest('mark');
    if (mark) {
      this._emit('claim-clicked', { id: Number(mark.dataset.ids.split(' ').pop()) });
      return;
    }
    const caret = document.caretRangeFromPoint ? document.caretRangeFromPoint(event.clientX, event.clientY) : null;
    if (!caret || !this.contains(caret.startContainer)) return;
    const at = this._offset(caret.startContainer, caret.startOffset);
    const sentence = (this._sentences || []).find(([s, e]) => at >= s && at < e);
    if (sentence) this._emit('sentence-clicked', { start: sentence[0], end: sentence[1], quote: this.text.substring(sentence[0], sentence[1]) });
  }

  _onKeyDown(event) {
    const mark = event.target.closest && event.target.closest('mark');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this._emit('claim-clicked', { id: Number(mark.dataset.ids.split(' ').pop()) });
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const marks = [...this.querySelectorAll('mark[tabindex="0"]')];
      if (marks.length === 0) return;
      event.preventDefault();
      const index = marks.indexOf(mark);
      const next = event.key === 'ArrowDown' ? Math.min(index + 1, marks.length - 1) : Math.max(index - 1, 0);
      marks[index < 0 ? 0 : next].focus();
    }
  }

  _hover(mark) {
    const ids = mark ? mark.dataset.ids.split(' ') : [];
    const partners = this.partners || {};
    const wanted = ids.flatMap((id) => partners[id] || []);
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

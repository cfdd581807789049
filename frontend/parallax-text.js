/*
 * <parallax-text>: shows a long text as one element and reports what the reader selects in it, as
 * UTF-16 offsets into the text (the same indices Java uses). Plain Custom Element, no build step.
 *
 * Properties: text (string); excerpts (JSON [[start, end], ...]), passages shaded through the CSS Custom
 * Highlight API, which leaves the text one node. Event: "text-selected" with detail {start, end, quote};
 * start === end when the selection was cleared.
 */
class ParallaxText extends HTMLElement {
  connectedCallback() {
    // Vaadin may set the properties before this class is defined; re-apply them through the setters.
    for (const name of ['text', 'excerpts']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._listening) {
      this._listening = true;
      this.addEventListener('mouseup', () => this._report());
      this.addEventListener('keyup', (e) => { if (e.shiftKey || e.key === 'Shift') this._report(); });
      this.setAttribute('tabindex', this.getAttribute('tabindex') || '0');
      this.setAttribute('role', 'document');
    }
    this._render();
  }

  set text(value) {
    this._text = value == null ? '' : String(value);
    this._render();
  }

  get text() {
    return this._text || '';
  }

  set excerpts(value) {
    this._excerpts = JSON.parse(value || '[]');
    this._shade();
  }

  _render() {
    if (!this.isConnected) return;
    // One text node: offsets inside it are offsets into the text.
    this.textContent = this.text;
    this._shade();
  }

  _shade() {
    if (!this.isConnected || !this.firstChild || typeof Highlight === 'undefined') return;
    const node = this.firstChild;
    const ranges = (this._excerpts || [])
      .filter(([start, end]) => end <= node.length)
      .map(([start, end]) => {
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range;
      });
    CSS.highlights.set('parallax-excerpt', new Highlight(...ranges));
  }

  _offset(container, offset) {
    const range = document.createRange();
    range.selectNodeContents(this);
    range.setEnd(container, offset);
    return range.toString().length;
  }

  _report() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!this.contains(range.startContainer) || !this.contains(range.endContainer)) return;
    const start = this._offset(range.startContainer, range.startOffset);
    const end = this._offset(range.endContainer, range.endOffset);
    const detail = { start, end, quote: this.text.substring(start, end) };
    this.dispatchEvent(new CustomEvent('text-selected', { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('parallax-text')) {
  customElements.define('parallax-text', ParallaxText);
}

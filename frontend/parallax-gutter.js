/*
 * <parallax-gutter>: the strip between the two <parallax-annotated> columns of the comparison screen.
 * Draws a connector from each paired claim on the left to its partner on the right, as a diff view
 * does, and, with the "sync" attribute, scrolls the two columns together. Works from the columns'
 * own data (their "partners" maps), so the server sends nothing extra. Plain Custom Element.
 */
/** A connector's colour: the custom property the stylesheet defines for the relation (one definition). */
function lineColour(element, relation) {
  const style = getComputedStyle(element);
  return style.getPropertyValue(`--parallax-line-${relation || 'none'}`).trim()
    || style.getPropertyValue('--parallax-line-none').trim();
}

class ParallaxGutter extends HTMLElement {
  connectedCallback() {
    if (!this._svg) {
      this._svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      this._svg.setAttribute('aria-hidden', 'true');
      this.appendChild(this._svg);
      this._schedule = () => {
        if (this._pending) return;
        this._pending = true;
        requestAnimationFrame(() => { this._pending = false; this._draw(); });
      };
      this._onRendered = (event) => {
        if (!event.detail || event.detail.connectors !== false) this._schedule();
      };
      this._onScroll = (event) => {
        if (event.target.tagName === 'PARALLAX-ANNOTATED') this._follow(event.target);
        this._schedule();
      };
    }
    this._container = this.parentElement;
    this._container.addEventListener('scroll', this._onScroll, true);
    this._container.addEventListener('annotated-rendered', this._onRendered);
    window.addEventListener('resize', this._schedule);
    this._observer = new MutationObserver(this._schedule);
    this._container.querySelectorAll('parallax-annotated').forEach((c) => this._observer.observe(c, { childList: true }));
    this._schedule();
  }

  disconnectedCallback() {
    if (this._container) {
      this._container.removeEventListener('scroll', this._onScroll, true);
      this._container.removeEventListener('annotated-rendered', this._onRendered);
    }
    window.removeEventListener('resize', this._schedule);
    if (this._observer) this._observer.disconnect();
  }

  _columns() {
    return this._container ? [...this._container.querySelectorAll('parallax-annotated')] : [];
  }

  _follow(source) {
    if (!this.hasAttribute('sync') || this._following) return;
    const [left, right] = this._columns();
    const target = source === left ? right : left;
    if (!target) return;
    const fraction = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    this._following = true;
    target.scrollTop = fraction * (target.scrollHeight - target.clientHeight);
    requestAnimationFrame(() => { this._following = false; });
  }

  _draw() {
    const began = performance.now();
    this._drawConnectors();
    if (window.parallaxTimings) window.parallaxTimings.push(['connectors', performance.now() - began]);
  }

  _drawConnectors() {
    const [left, right] = this._columns();
    const svg = this._svg;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!left || !right || !left.partners || !left.anchorOf) return;
    const box = this.getBoundingClientRect();
    svg.setAttribute('width', String(box.width));
    svg.setAttribute('height', String(box.height));
    const leftBox = left.getBoundingClientRect();
    const rightBox = right.getBoundingClientRect();
    const partners = left.partners;
    // A chunk of paragraphs out of view is not laid out (content-visibility): asking its marks where they
    // are would force that, so the chunk's box stands in for them. A claim's mark is looked for in its own
    // paragraph only, and only when its chunk is in view: with 500 pairs on a 50,000-word text, going
    // over every mark of both columns took 10-15 ms a redraw.
    const chunkBoxes = new Map();
    const place = (column, id, columnBox) => {
      const anchor = column.anchorOf(id);
      if (!anchor) return null;
      let chunk = chunkBoxes.get(anchor.chunk);
      if (!chunk) {
        chunk = anchor.chunk.getBoundingClientRect();
        chunkBoxes.set(anchor.chunk, chunk);
      }
      if (chunk.bottom < columnBox.top || chunk.top > columnBox.bottom) {
        return { y: chunk.top + chunk.height / 2, shown: false, claim: anchor.claim };
      }
      const mark = anchor.mark();
      if (!mark) return null;
      const markBox = mark.getBoundingClientRect();
      const y = markBox.top + markBox.height / 2;
      return { y, shown: y >= columnBox.top && y <= columnBox.bottom, claim: anchor.claim };
    };
    // Every position is read before any path is added, so adding paths forces no layout in between.
    const lines = [];
    Object.keys(partners).forEach((leftId) => {
      const a = place(left, leftId, leftBox);
      if (!a) return;
      partners[leftId].forEach((rightId) => {
        const b = place(right, rightId, rightBox);
        if (b && (a.shown || b.shown)) lines.push({ leftId, rightId, a, b });
      });
    });
    const clamp = (y, col) => Math.min(Math.max(y, col.top), col.bottom) - box.top;
    const w = box.width;
    const paths = document.createDocumentFragment();
    const colours = {};
    lines.forEach(({ leftId, rightId, a, b }) => {
      const sy = clamp(a.y, leftBox);
      const ey = clamp(b.y, rightBox);
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('d', `M 0 ${sy} C ${w / 2} ${sy}, ${w / 2} ${ey}, ${w} ${ey}`);
      path.setAttribute('stroke', colours[a.claim.relation || ''] || (colours[a.claim.relation || ''] = lineColour(this, a.claim.relation)));
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke-width', '2');
      path.dataset.left = leftId;
      path.dataset.right = String(rightId);
      // Solid between paired or approved claims; dotted when the left claim is in another state.
      const approved = a.claim.state === 'approved' || b.claim.state === 'approved';
      if (!approved && a.claim.state !== 'paired') path.setAttribute('stroke-dasharray', '4 3');
      paths.appendChild(path);
    });
    svg.appendChild(paths);
    this.dataset.connectors = String(lines.length);
  }
}

if (!customElements.get('parallax-gutter')) {
  customElements.define('parallax-gutter', ParallaxGutter);
}

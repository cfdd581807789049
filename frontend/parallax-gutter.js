/*
 * <parallax-gutter>: the strip between the two <parallax-annotated> columns of the comparison screen.
 * Draws a connector from each paired claim on the left to its partner on the right, as a diff view
 * does, and, with the "sync" attribute, scrolls the two columns together. Works from the columns'
 * own data (their "partners" maps), so the server sends nothing extra. Plain Custom Element.
 */
const RELATION_COLOURS = {
  'rel-contradicts': '#d93025',
  'rel-partly-contradicts': '#e8710a',
  'rel-consistent': '#188038',
};

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
    (window.parallaxTimings = window.parallaxTimings || []).push(['connectors', performance.now() - began]);
  }

  _drawConnectors() {
    const [left, right] = this._columns();
    const svg = this._svg;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!left || !right || !left.partners) return;
    const box = this.getBoundingClientRect();
    svg.setAttribute('width', String(box.width));
    svg.setAttribute('height', String(box.height));
    const leftBox = left.getBoundingClientRect();
    const rightBox = right.getBoundingClientRect();
    const partners = left.partners || {};
    let drawn = 0;
    // One pass over each column's marks instead of a selector query per claim.
    const firstMarks = (column) => {
      const found = new Map();
      column.querySelectorAll('mark').forEach((m) => m.dataset.ids.split(' ').forEach((id) => {
        if (!found.has(id)) found.set(id, m);
      }));
      return found;
    };
    // A chunk of paragraphs out of view is not laid out (content-visibility): asking its marks where they
    // are would force that, so the chunk's own box stands in for them.
    const place = (mark, column) => {
      const chunk = (mark.closest('.chunk') || mark.parentElement).getBoundingClientRect();
      if (chunk.bottom < column.top || chunk.top > column.bottom) {
        return { y: chunk.top + chunk.height / 2, shown: false };
      }
      const box = mark.getBoundingClientRect();
      const y = box.top + box.height / 2;
      return { y, shown: y >= column.top && y <= column.bottom };
    };
    const leftMarks = firstMarks(left);
    const rightMarks = firstMarks(right);
    Object.keys(partners).forEach((leftId) => {
      const from = leftMarks.get(leftId);
      if (!from) return;
      partners[leftId].forEach((rightId) => {
        const to = rightMarks.get(String(rightId));
        if (!to) return;
        const a = place(from, leftBox);
        const b = place(to, rightBox);
        if (!a.shown && !b.shown) return;
        const y1 = a.y;
        const y2 = b.y;
        const clamp = (y, col) => Math.min(Math.max(y, col.top), col.bottom) - box.top;
        const sy = clamp(y1, leftBox);
        const ey = clamp(y2, rightBox);
        const w = box.width;
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', `M 0 ${sy} C ${w / 2} ${sy}, ${w / 2} ${ey}, ${w} ${ey}`);
        const relation = [...from.classList].find((c) => c.startsWith('rel-'));
        path.setAttribute('stroke', RELATION_COLOURS[relation] || '#5f6368');
        path.setAttribute('fill', 'none');
        path.setAttribute('stroke-width', '2');
        path.dataset.left = leftId;
        path.dataset.right = String(rightId);
        if (!from.classList.contains('state-approved') && !to.classList.contains('state-approved')) {
          path.setAttribute('stroke-dasharray', from.classList.contains('state-paired') ? '' : '4 3');
        }
        svg.appendChild(path);
        drawn++;
      });
    });
    this.dataset.connectors = String(drawn);
  }
}

if (!customElements.get('parallax-gutter')) {
  customElements.define('parallax-gutter', ParallaxGutter);
}

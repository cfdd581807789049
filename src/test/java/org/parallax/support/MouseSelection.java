package org.parallax.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * What a hand does with a mouse in a text: scroll the passage into view, press at its first character,
 * release after its last.
 */
public final class MouseSelection {

    private MouseSelection() {}

    @SuppressWarnings("unchecked")
    public static void drag(Page page, Locator text, String passage) {
        // The element appears before its text has loaded: wait for the passage, as a reader would.
        text.page()
                .waitForFunction(
                        "([el, quote]) => el.textContent.includes(quote)", List.of(text.elementHandle(), passage));
        // The hand comes to the column first. Resting over a paired claim elsewhere would have scrolled this
        // column to its partner (smoothly, over a few frames): the passage is measured once that has stopped.
        Map<String, Object> corner = (Map<String, Object>) text.evaluate(
                "el => { const r = el.getBoundingClientRect(); return { x: r.left + 2, y: r.top + 2 }; }");
        page.mouse().move(number(corner, "x"), number(corner, "y"));
        Map<String, Object> box = (Map<String, Object>) text.evaluate("""
                async (el, quote) => {
                  for (let still = 0, top = el.scrollTop; still < 10; ) {
                    await new Promise(done => requestAnimationFrame(done));
                    still = el.scrollTop === top ? still + 1 : 0;
                    top = el.scrollTop;
                  }
                  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                  const nodes = [];
                  let total = '';
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, total.length]); total += n.data; }
                  const at = total.indexOf(quote);
                  if (at < 0) throw new Error('passage not found: ' + quote);
                  const locate = (offset) => {
                    for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]];
                  };
                  const rect = (offset) => {
                    const [node, local] = locate(offset);
                    const r = document.createRange();
                    r.setStart(node, local);
                    r.setEnd(node, local + 1);
                    return r.getBoundingClientRect();
                  };
                  // Scroll the passage into the middle of the column first, as a reader would. Parts of the text
                  // coming into view are laid out over the next frames and may move the passage: measure once
                  // it stays put, and scroll again if it has moved out of the column, as a reader's eye would.
                  let first = null;
                  locate(at)[0].parentElement.scrollIntoView({ block: 'center' });
                  for (let attempt = 0; attempt < 5; attempt++) {
                    if (attempt > 0) {
                      // The passage's paragraph may be taller than the column: bring the passage itself to the middle.
                      const column = el.getBoundingClientRect();
                      el.scrollTop += first.top - (column.top + column.bottom) / 2;
                    }
                    first = rect(at);
                    for (let frame = 0; frame < 30; frame++) {
                      await new Promise(done => requestAnimationFrame(done));
                      const now = rect(at);
                      if (frame > 1 && now.top === first.top && now.left === first.left) break;
                      first = now;
                    }
                    // Well inside, not at an edge: a drag that starts near the column's edge scrolls it as it goes.
                    const column = el.getBoundingClientRect();
                    const margin = column.height / 4;
                    if (first.top >= column.top + margin && first.bottom <= column.bottom - margin) break;
                  }
                  const last = rect(at + quote.length - 1);
                  return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
                }""", passage);
        page.mouse().move(number(box, "x1"), number(box, "y1"));
        page.mouse().down();
        page.mouse().move(number(box, "x2"), number(box, "y2"), new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}

package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;

/** The heart of Parallax as a fact-checker uses it: mark a claim in each account and link them. */
class CompareIT extends BrowserTest {

    @Test
    void a_reviewer_marks_a_claim_in_each_column_with_the_mouse_and_links_them() {
        signIn("reviewer", "parallax-demo");
        page.getByText("First DPRK–US high-level talks").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare accounts side by side")).click();
        assertThat(page.locator(".column-head").first()).containsText("United States");
        Locator left = page.locator("parallax-annotated").nth(0);
        Locator right = page.locator("parallax-annotated").nth(1);
        assertThat(left.locator("mark.rel-contradicts")).hasText("made progress on almost all of the central issues");

        String usQuote = "sanctions will stay in place until final, fully verified denuclearization is achieved";
        dragSelect(left, usQuote);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Topic")).fill("sanctions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim")).click();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote))).hasClass(
                java.util.regex.Pattern.compile("state-unpaired"));

        String dprkQuote = "did not respond to the DPRK's proposals for balanced, step-by-step measures";
        dragSelect(right, dprkQuote);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim")).click();
        assertThat(right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote))).isVisible();

        // Choose one claim in each column, then link them.
        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).click();
        right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair")).click();
        assertThat(page.getByText("rationale is required")).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("The US keeps sanctions until the end; the DPRK wants step-by-step measures in return.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair")).click();

        assertThat(page.getByText("Draft pair saved: contradicts")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("US: “" + usQuote + "”"))).isVisible();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote))).hasClass(
                java.util.regex.Pattern.compile("state-paired rel-contradicts"));
        assertThat(right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote))).hasClass(
                java.util.regex.Pattern.compile("rel-contradicts"));

        // Hovering a claim outlines its partner in the other column.
        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).hover();
        assertThat(right.locator("mark.partner")).hasText(dprkQuote);
    }

    /** Presses the mouse at the first character of {@code quote} and releases it after the last. */
    @SuppressWarnings("unchecked")
    private void dragSelect(Locator text, String quote) {
        Map<String, Object> box = (Map<String, Object>) text.evaluate("""
                (el, quote) => {
                  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                  const nodes = [];
                  let total = '';
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, total.length]); total += n.data; }
                  const at = total.indexOf(quote);
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
                  const first = rect(at);
                  const last = rect(at + quote.length - 1);
                  return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
                }""", quote);
        page.mouse().move(n(box, "x1"), n(box, "y1"));
        page.mouse().down();
        page.mouse().move(n(box, "x2"), n(box, "y2"), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
    }

    private static double n(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}

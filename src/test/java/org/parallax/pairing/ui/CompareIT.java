package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;
import org.parallax.support.MouseSelection;

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
        MouseSelection.drag(page, left, usQuote);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Topic")).fill("sanctions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim")).click();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote))).hasClass(
                java.util.regex.Pattern.compile("state-unpaired"));

        String dprkQuote = "did not respond to the DPRK's proposals for balanced, step-by-step measures";
        MouseSelection.drag(page, right, dprkQuote);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim")).click();
        assertThat(right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote))).isVisible();

        // Choose one claim in each column, then link them.
        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).click();
        right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair")).click();
        assertThat(page.getByText("rationale is required")).isVisible();
        // What was drawn at the click is taken back when the server refuses.
        assertThat(left.locator("mark.provisional")).hasCount(0);
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote))).hasClass(
                java.util.regex.Pattern.compile("state-unpaired"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("The US keeps sanctions until the end; the DPRK wants step-by-step measures in return.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair")).click();

        assertThat(page.getByText("Draft pair saved: contradicts")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("US: “" + usQuote + "”"))).isVisible();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote))).hasClass(
                java.util.regex.Pattern.compile("state-paired rel-contradicts"));
        assertThat(right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote))).hasClass(
                java.util.regex.Pattern.compile("rel-contradicts"));

        // A connector across the gutter for each visible pair: the demo pair and the new one.
        assertThat(page.locator("parallax-gutter path")).hasCount(2);
        assertThat(page.locator("parallax-gutter path[data-left]").last()).hasAttribute("stroke", "#d93025");

        // Hovering a claim outlines its partner in the other column.
        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).hover();
        assertThat(right.locator("mark.partner")).hasText(dprkQuote);
    }

    @Test
    void a_reviewer_marks_and_chooses_claims_with_the_keyboard_only() {
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/1/compare"));
        Locator right = page.locator("parallax-annotated").nth(1);
        assertThat(right.locator("mark").first()).isVisible();

        // Tab into the column; arrows walk the sentences and the live region reads each one out.
        right.focus();
        Locator live = right.locator(".live");
        page.keyboard().press("ArrowDown");
        assertThat(live).containsText("worrying");
        // The first sentences carry claims already; walk on to one that does not.
        for (int i = 0; i < 10 && !live.textContent().startsWith("Sentence"); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(live).containsText(java.util.regex.Pattern.compile("^Sentence \\d+ of \\d+"));
        String read = live.textContent();
        String sentence = read.substring(read.indexOf(": ") + 2, read.lastIndexOf(" — Enter marks it"));

        // M marks the sentence under the cursor; the dialog confirms it like a mouse selection.
        page.keyboard().press("m");
        assertThat(page.getByText("“" + sentence + "”")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim")).press("Enter");
        assertThat(right.locator("mark:not(.provisional)", new Locator.LocatorOptions().setHasText(sentence))).isVisible();

        // Alt+arrows jump between claims; Enter chooses the one under the cursor.
        right.focus();
        page.keyboard().press("Alt+ArrowDown");
        assertThat(live).containsText("Claim,");
        page.keyboard().press("Enter");
        assertThat(page.locator(".selection-info")).containsText("Chosen:");
        assertThat(right.locator("mark.chosen").first()).isVisible();
    }
}

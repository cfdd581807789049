package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.pairing.Relation;
import org.parallax.preference.PairsPlacement;
import org.parallax.preference.PreferenceService;
import org.parallax.support.BrowserTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The comparison is a workspace that fills the window: whatever the reader scrolls or chooses, the page
 * stays put, only the texts and the pairs list scroll, and the texts do not move when a claim is chosen.
 */
class WorkspaceLayoutIT extends BrowserTest {

    /** Where the page could scroll: the document, and the frame's content area around every screen. */
    private static final String PAGE_SCROLL = """
            () => [document.scrollingElement.scrollTop,
                   document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=content]').scrollTop]""";

    @Autowired
    TestData data;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PreferenceService preferences;

    /** The other browser tests expect reviewer's pairs below the texts, the default. */
    @AfterEach
    void pairsBelowAgain() {
        signedIn.run("reviewer", () -> preferences.setPairsPlacement(PairsPlacement.BELOW));
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1920, 1080"})
    void only_the_panes_scroll_and_choosing_claims_moves_nothing(int width, int height) {
        long meeting = data.meeting("reviewer", "Long talks");
        String paragraphs = IntStream.range(0, 60)
                .mapToObj(i -> "Paragraph " + i + ": the delegations discussed verification, sanctions and the "
                        + "remains of service members at some length, and agreed to meet again.")
                .collect(Collectors.joining("\n\n"));
        long us = data.account("reviewer", meeting, "US", paragraphs);
        long dprk = data.account("reviewer", meeting, "DPRK", paragraphs.replace("agreed", "refused"));
        for (int i = 0; i < 12; i++) {
            data.pair(
                    "reviewer",
                    data.claim("reviewer", us, "Paragraph " + (i * 5) + ":"),
                    data.claim("reviewer", dprk, "Paragraph " + (i * 5) + ":"),
                    Relation.CONTRADICTS,
                    "Agreed against refused.");
        }
        page.setViewportSize(width, height);
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + meeting + "/compare?left=" + us + "&right=" + dprk));
        Locator left = page.locator("parallax-annotated").nth(0);
        Locator right = page.locator("parallax-annotated").nth(1);
        assertThat(left.locator("mark")).hasCount(12);
        Locator pairs = page.locator("vaadin-grid.pairs-grid");
        assertThat(pairs).containsText("Paragraph 55:");
        // Measured in the theme's own font: until it has loaded, a fallback font lays the toolbar out.
        page.evaluate("() => document.fonts.ready.then(() => true)");

        // Everything fits the window: toolbar, both texts and the pairs.
        for (Locator part : List.of(page.locator(".toolbar"), left, right, pairs)) {
            BoundingBox box = part.boundingBox();
            assertThat(box.y + box.height).as("bottom of %s", part).isLessThanOrEqualTo(height);
        }
        double textTop = left.boundingBox().y;

        // Wheel over the toolbar, the texts and the pairs; keys in a text: the page never moves.
        for (Locator over : List.of(page.locator(".toolbar"), left, right, pairs, page.locator(".compare-head"))) {
            over.hover();
            page.mouse().wheel(0, 4000);
            assertPageStill();
        }
        assertThat(((Number) left.evaluate("e => e.scrollTop")).doubleValue()).isGreaterThan(0);
        left.focus();
        page.keyboard().press("End");
        page.keyboard().press("PageDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        assertPageStill();

        // Choosing a claim in each column (the "Chosen: …" line fills) moves neither column.
        left.evaluate("e => e.scrollTop = 0");
        right.evaluate("e => e.scrollTop = 0");
        left.locator("mark").first().click();
        right.locator("mark").first().click();
        assertThat(page.locator(".selection-info")).containsText("Chosen: “Paragraph 0:”");
        assertThat(left.boundingBox().y).isEqualTo(textTop);
        assertPageStill();

        // The frame's top bar never covers the text.
        BoundingBox bar = page.locator("vaadin-app-layout [slot=navbar]").boundingBox();
        assertThat(left.boundingBox().y).isGreaterThanOrEqualTo(bar.y + bar.height);

        // The pairs can sit beside the texts instead; the choice is kept for this person.
        page.locator("vaadin-select.placement").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Pairs beside"))
                .click();
        assertThat(page.locator(".compare-body")).hasAttribute("data-pairs", "beside");
        BoundingBox beside = pairs.boundingBox();
        assertThat(beside.x).isGreaterThan(right.boundingBox().x + right.boundingBox().width);
        assertThat(beside.y + beside.height).isLessThanOrEqualTo(height);
        page.reload();
        assertThat(page.locator(".compare-body")).hasAttribute("data-pairs", "beside");
        pairs.hover();
        page.mouse().wheel(0, 4000);
        assertPageStill();

        // All twelve drafts to the editors at once, after saying how many.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit all my drafts (12)"))
                .click();
        assertThat(page.getByText("Submit 12 drafts for review?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit 12"))
                .click();
        assertThat(page.getByText("12 pairs submitted for review.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit all my drafts")))
                .isDisabled();
        assertThat(pairs).not().containsText("draft");
    }

    private void assertPageStill() {
        page.waitForTimeout(150);
        assertThat((List<?>) page.evaluate(PAGE_SCROLL))
                .allSatisfy(top -> assertThat(((Number) top).doubleValue()).isZero());
    }
}

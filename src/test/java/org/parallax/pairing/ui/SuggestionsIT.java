package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer facing two unmarked accounts opens the suggestions, sees them marked in the texts apart from
 * claims, accepts the first one and sees the pair drawn; dismisses another and it is gone.
 */
class SuggestionsIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void a_reviewer_accepts_a_suggestion_and_sees_the_pair_drawn() {
        long meeting = data.meeting("reviewer", "Suggestions");
        long us = data.account(
                "reviewer",
                meeting,
                "US",
                "We made great progress on denuclearization at the talks. The weather in Pyongyang was warm. "
                        + "The US side will keep sanctions in place.");
        data.account(
                "reviewer",
                meeting,
                "DPRK",
                "The talks on denuclearization were regrettable. Our delegation visited a textile factory. "
                        + "We reject the sanctions as unacceptable.");
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + meeting + "/compare"));
        assertThat(page.locator("parallax-annotated").first()).containsText("great progress");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggested contradictions"))
                .click();

        Locator first = page.locator(".suggestion").first();
        assertThat(first).containsText("We made great progress on denuclearization at the talks.");
        assertThat(first).containsText("The talks on denuclearization were regrettable.");
        assertThat(first.locator(".reason-opposes")).containsText("regrettable");
        page.waitForFunction("() => CSS.highlights.get('parallax-suggestion')"
                + " && CSS.highlights.get('parallax-suggestion').size >= 2");
        // Marked apart from claims: no claim exists yet.
        assertThat(page.locator("parallax-annotated mark")).hasCount(0);

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept…"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByLabel("Rationale")).hasValue(Pattern.compile("Suggested: .*regrettable.*"));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make the claims and a draft pair"))
                .click();

        assertThat(page.getByText(
                        Pattern.compile("Suggestion accepted: draft pair saved \\((partly )?contradicts\\)\\.")))
                .isVisible();
        Locator leftMark = page.locator("parallax-annotated").nth(0).locator("mark.state-paired");
        Locator rightMark = page.locator("parallax-annotated").nth(1).locator("mark.state-paired");
        assertThat(leftMark).hasText("We made great progress on denuclearization at the talks.");
        assertThat(rightMark).hasText("The talks on denuclearization were regrettable.");
        assertThat(page.locator("parallax-gutter path").first()).isAttached();
        assertThat(page.locator(".suggestion").first())
                .not()
                .containsText("We made great progress on denuclearization at the talks.");

        // Another person's change elsewhere in the meeting arrives live and leaves the list's rows in place:
        // a click on one of them at that moment is not lost on a row just replaced.
        ElementHandle row = page.locator(".suggestion").first().elementHandle();
        data.claim("reviewer2", us, "The weather in Pyongyang was warm.");
        assertThat(page.locator("parallax-annotated")
                        .nth(0)
                        .locator("mark", new Locator.LocatorOptions().setHasText("The weather in Pyongyang was warm.")))
                .isVisible();
        assertThat((Boolean) row.evaluate("e => e.isConnected")).isTrue();

        // Dismissed: gone, and still gone after a reload.
        Locator next = page.locator(".suggestion").first();
        String dismissed = next.locator(".suggestion-quote").first().textContent();
        next.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss"))
                .click();
        assertThat(page.getByText("Suggestion dismissed for this meeting.")).isVisible();
        page.reload();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggested contradictions"))
                .click();
        assertThat(page.locator(".suggestions-pane .muted")).isVisible();
        for (String quote : page.locator(".suggestion .suggestion-quote").allTextContents()) {
            assertThat(quote).isNotEqualTo(dismissed);
        }

        // Back to the pairs: the accepted one is listed as a draft.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggested contradictions"))
                .click();
        assertThat(page.locator(".pairs-grid")).containsText("great progress");
    }
}

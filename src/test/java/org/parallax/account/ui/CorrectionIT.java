package org.parallax.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.parallax.claim.AnchorStatus;
import org.parallax.claim.ClaimService;
import org.parallax.pairing.PairingService;
import org.parallax.support.BrowserTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A misquoted readout is corrected; the claim it moved away from is put back by a person, its pair with it. */
class CorrectionIT extends BrowserTest {

    static final String CORRECTED = "We made progress on nearly all of the central issues. "
            + "We remain committed to the complete denuclearization of North Korea.";

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Test
    void a_reviewer_corrects_a_text_accepts_a_candidate_and_the_pair_follows() {
        TestData.Talks talks = data.talks("reviewer", "Correction talks");
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/accounts/" + talks.usAccount()));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Correct text"))
                .click();
        page.locator("vaadin-dialog-overlay textarea, vaadin-dialog textarea")
                .first()
                .fill(CORRECTED);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What was corrected"))
                .fill("The readout said nearly all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as new revision"))
                .click();

        assertThat(page.getByText("1 claim could not be found exactly in the corrected text"))
                .isVisible();
        Locator card = page.locator(".flagged-claim");
        assertThat(card).containsText("“made progress on almost all of the central issues”");
        Locator candidate = card.locator(".candidate").first();
        assertThat(candidate).containsText("“made progress on nearly all of the central issues”");
        assertThat(candidate).containsText("% similar");
        candidate
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Put the claim here"))
                .click();

        assertThat(page.getByText("The claim is in place again")).isVisible();
        assertThat(page.locator(".flagged-claim")).hasCount(0);
        Assertions.assertThat(signedIn.as("reviewer", () -> claims.get(talks.madeProgress())))
                .satisfies(c -> {
                    Assertions.assertThat(c.anchorStatus()).isEqualTo(AnchorStatus.ANCHORED);
                    Assertions.assertThat(c.quote()).isEqualTo("made progress on nearly all of the central issues");
                });

        // The pair follows its claim: the comparison draws it on the corrected words.
        page.navigate(url("/meetings/" + talks.meeting() + "/compare?left=" + talks.usAccount() + "&right="
                + talks.dprkAccount()));
        assertThat(page.locator("parallax-annotated").nth(0).locator("mark.rel-contradicts"))
                .hasText("made progress on nearly all of the central issues");
        Assertions.assertThat(
                        signedIn.as("reviewer", () -> pairing.get(talks.pair().id()))
                                .leftQuote())
                .isEqualTo("made progress on nearly all of the central issues");
    }

    @Test
    void a_reviewer_edits_an_accounts_details_and_deletes_an_account_added_by_mistake() {
        TestData.Talks talks = data.talks("reviewer", "Details talks");
        long mistake = data.account("reviewer", talks.meeting(), "OTHER", "An observer's note, imported twice.");
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/accounts/" + talks.usAccount()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit details"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Publisher"))
                .fill("US Department of State");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details"))
                .click();
        assertThat(page.getByText("Details saved.")).isVisible();
        assertThat(page.locator("p.muted").first()).containsText("US Department of State");

        page.navigate(url("/accounts/" + mistake));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete account"))
                .click();
        assertThat(page.getByText("No pair holds")).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(page.getByText("Account deleted.")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/meetings/" + talks.meeting() + "$"));
    }
}

package org.parallax.agreement.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountService;
import org.parallax.agreement.AgreementService;
import org.parallax.claim.ClaimService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.BrowserTest;
import org.parallax.support.MouseSelection;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second reviewer of an open agreement round pairs in the comparison screen with the usual mouse and
 * dialogs, and sees nothing of the first reviewer's pairs.
 */
class BlindPairingIT extends BrowserTest {

    static final String US =
            "The talks were productive. Progress was made on almost all central issues. Sanctions stay in place.";
    static final String DPRK = "The US attitude was regrettable. Its demands were unilateral and gangster-like.";
    static final String FIRST_RATIONALE = "First reviewer's reasoning, hidden while the round is open";

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Autowired
    AgreementService agreement;

    @Autowired
    DSLContext db;

    @Test
    void the_second_reviewer_marks_and_links_in_the_comparison_and_sees_none_of_the_first_reviewers_pairs() {
        long meeting = data.meeting("reviewer", "Blind round talks");
        long us = data.account("reviewer", meeting, "US", US);
        long dprk = data.account("reviewer", meeting, "DPRK", DPRK);
        long productive = data.claim("reviewer", us, "The talks were productive");
        long regrettable = data.claim("reviewer", dprk, "The US attitude was regrettable");
        signedIn.run(
                "reviewer",
                () -> pairing.link(
                        new NewPair(productive, regrettable, Relation.CONTRADICTS, FIRST_RATIONALE, "talks")));
        long first = userId("reviewer");
        long second = userId("reviewer2");
        signedIn.run("editor", () -> agreement.request(meeting, first, second));

        signIn("reviewer2", "parallax-demo");
        page.navigate(url("/meetings/" + meeting + "/agreement"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pair blind in the comparison screen"))
                .click();
        assertThat(page.locator(".blind-note")).containsText("the other reviewer's pairs are hidden");
        Locator left = page.locator("parallax-annotated").nth(0);
        Locator right = page.locator("parallax-annotated").nth(1);
        // The first reviewer's claims are there to pair; their pair is not: no relation, no connector, no row.
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText("The talks were productive")))
                .hasClass(Pattern.compile("state-unpaired"));
        assertThat(page.locator("parallax-gutter path")).hasCount(0);
        assertThat(page.getByText(FIRST_RATIONALE)).hasCount(0);

        String usQuote = "Progress was made on almost all central issues";
        MouseSelection.drag(page, left, usQuote);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"))
                .click();
        assertThat(left.locator("mark:not(.provisional)", new Locator.LocatorOptions().setHasText(usQuote)))
                .isVisible();
        String dprkQuote = "Its demands were unilateral and gangster-like";
        MouseSelection.drag(page, right, dprkQuote);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"))
                .click();
        assertThat(right.locator("mark:not(.provisional)", new Locator.LocatorOptions().setHasText(dprkQuote)))
                .isVisible();

        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).click();
        right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("Progress on the issues against demands called gangster-like.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link for the agreement round"))
                .click();

        assertThat(page.getByText("Blind pair kept for the agreement round: contradicts"))
                .isVisible();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)))
                .hasClass(Pattern.compile("state-paired rel-contradicts"));
        assertThat(page.locator(".blind-note")).containsText("1 so far");
        assertThat(page.locator("parallax-gutter path")).hasCount(1);
        assertThat(page.getByText(FIRST_RATIONALE)).hasCount(0);

        Assertions.assertThat(db.fetchCount(db.selectFrom("blind_pair")
                        .where("round_id in (select id from agreement_round " + "where meeting_id = ?)", meeting)))
                .isEqualTo(1);
        Assertions.assertThat(db.fetchCount(db.selectFrom("claim_pair").where("meeting_id = ?", meeting)))
                .as("the blind link is kept apart from the meeting's pairs")
                .isEqualTo(1);
    }

    private long userId(String username) {
        return db.fetchSingle("select id from app_user where username = ?", username)
                .get(0, Long.class);
    }
}

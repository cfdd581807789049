package org.parallax.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairingService;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.support.BrowserTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Four eyes in the browser: a reviewer submits, an editor in another browser approves, the reviewer sees it. */
class ReviewIT extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    DSLContext db;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Test
    void a_reviewer_submits_an_editor_approves_and_the_reviewer_sees_the_new_status() {
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + data.demoMeeting() + "/compare"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Submit").setExact(true))
                .first()
                .click();
        assertThat(page.getByText("Submitted for review")).isVisible();

        Page editor = secondPerson();
        signIn(editor, url(""), "editor", "parallax-demo");
        editor.navigate(url("/review"));
        filterByMeeting(editor, "First DPRK–US high-level talks");
        Locator firstRow = editor.locator(
                        "vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText("Riley Reviewer"))
                .first();
        firstRow.click();
        assertThat(editor.locator(".review-detail .quoted").first()).isVisible();
        assertThat(editor.getByText("Rationale:")).isVisible();
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request changes"))
                .click();
        assertThat(editor.getByText("note is required")).isVisible();
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                .click();
        assertThat(editor.getByText("Approved", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(editor.locator(
                        "vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText("Riley Reviewer")))
                .hasCount(0);

        page.navigate(url("/my-pairs"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("approved"))
                        .first())
                .isVisible();
    }

    @Test
    void at_1280_by_720_the_queue_shows_both_quotes_whole_and_the_decision_buttons_in_view() {
        TestData.Talks talks = data.talks("reviewer", "Queue layout talks");
        String longRationale = "The US speaks of progress on nearly every central issue. ".repeat(30);
        long pair = talks.pair().id();
        db.execute("update claim_pair set status = 'SUBMITTED', rationale = ? where id = ?", longRationale, pair);
        page.setViewportSize(1280, 720);
        signIn("editor", "parallax-demo");
        page.navigate(url("/review"));
        filterByMeeting(page, "Queue layout talks");
        Locator row = page.locator(
                "vaadin-grid-cell-content:visible",
                new Page.LocatorOptions().setHasText("US: “made progress on almost all of the central issues”"));
        assertThat(row).containsText("DPRK: “outcome of the first high-level talks was deeply worrying”");
        row.click();
        assertThat(page.locator(".review-detail .quoted").first())
                .hasText("made progress on almost all of the central issues");
        for (String decision : new String[] {"Approve", "Request changes", "Reject"}) {
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(decision)))
                    .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        }
        assertThat((Integer) page.evaluate("() => document.scrollingElement.scrollTop"))
                .isZero();
    }

    @Test
    void the_reviewer_goes_from_my_pairs_to_the_pair_in_its_comparison_and_reads_the_editors_note_there() {
        TestData.Talks talks = data.talks("reviewer", "Sent back talks");
        long pair = talks.pair().id();
        ClaimPair submitted =
                signedIn.as("reviewer", () -> pairing.submit(pair, talks.pair().version()));
        signedIn.run(
                "editor",
                () -> reviews.decide(
                        pair, submitted.version(), Decision.REQUEST_CHANGES, "Quote the whole sentence, please."));

        signIn("reviewer", "parallax-demo");
        page.navigate(url("/my-pairs"));
        Locator row = page.locator(
                "vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Quote the whole sentence, please."));
        assertThat(row).hasText("Eden Editor: Quote the whole sentence, please.");
        page.locator("a[href$='/compare?pair=" + pair + "']").click();

        assertThat(page.locator("parallax-annotated mark.chosen")).hasCount(2);
        assertThat(page.locator(".selection-info")).containsText("made progress on almost all of the central issues");
        page.locator("vaadin-grid.pairs-grid vaadin-button", new Page.LocatorOptions().setHasText("Edit"))
                .first()
                .click();
        assertThat(page.locator("vaadin-dialog .editors-note"))
                .hasText("Eden Editor asked for changes: Quote the whole sentence, please.");
    }

    @Test
    void an_editor_finds_no_approve_action_on_a_pair_they_wrote() {
        // An editor's own submitted pair: set up in the database, as the screens to write it are tested elsewhere.
        TestData.Talks talks = data.talks("editor", "Own pair talks");
        db.execute("""
                insert into claim_pair (meeting_id, left_claim_id, left_party_id, right_claim_id, right_party_id, relation, status, author_id)
                select l.meeting_id, l.id, l.party_id, r.id, r.party_id, 'CONSISTENT', 'SUBMITTED', (select id from app_user where username = 'editor')
                from claim l, claim r where l.id = ? and r.id = ?""", talks.committed(), talks.unilateral());
        signIn("editor", "parallax-demo");
        page.navigate(url("/review"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Author"))
                .fill("Eden");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Eden Editor"))
                .first()
                .click();
        assertThat(page.getByText("You wrote this pair: another editor must decide on it."))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")))
                .isDisabled();
    }

    /** Narrows the queue to one meeting, once the queue has shown its pairs (the filter then takes effect). */
    private static void filterByMeeting(Page editor, String title) {
        assertThat(editor.locator("vaadin-grid.queue-list vaadin-grid-cell-content .pair-line")
                        .first())
                .isVisible();
        editor.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Meeting"))
                .fill(title);
        assertThat(editor.locator("vaadin-grid.queue-list vaadin-grid-cell-content .pair-line:visible"))
                .not()
                .hasCount(0);
        assertThat(editor.locator(".pair-line .muted:visible", new Page.LocatorOptions().setHasNotText(title)))
                .hasCount(0);
    }
}

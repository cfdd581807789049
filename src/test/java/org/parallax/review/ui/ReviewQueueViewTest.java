package org.parallax.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.review.ReviewService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    @Test
    @WithUserDetails("editor")
    void drafts_are_not_in_the_queue() {
        var grid = test(navigate(ReviewQueueView.class).grid);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 0)).isNotEqualTo("First DPRK–US high-level talks");
        }
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_the_submitted_pairs() {
        db.execute("update claim_pair set status = 'SUBMITTED' where meeting_id = "
                + "(select id from meeting where title = 'First DPRK–US high-level talks')");
        var grid = test(navigate(ReviewQueueView.class).grid);
        int demoRows = 0;
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals("First DPRK–US high-level talks")) {
                demoRows++;
                row = i;
            }
        }
        assertThat(demoRows).isEqualTo(1);
        assertThat(grid.getCellText(row, 1)).startsWith("US: “made progress on almost all of the central issues");
        assertThat(grid.getCellText(row, 2)).startsWith("DPRK: “the outcome of the first high-level talks");
        assertThat(grid.getCellText(row, 3)).isEqualTo("contradicts");
        assertThat(grid.getCellText(row, 4)).isEqualTo("Riley Reviewer");
    }

    @Test
    void a_reviewer_cannot_read_the_review_queue() {
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> reviews.queue()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_decides_in_the_queue_and_a_note_is_required_to_send_a_pair_back() {
        db.execute("update claim_pair set status = 'SUBMITTED' where meeting_id = "
                + "(select id from meeting where title = 'First DPRK–US high-level talks')");
        ReviewQueueView view = navigate(ReviewQueueView.class);
        var grid = test(view.grid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals("First DPRK–US high-level talks")) {
                row = i;
            }
        }
        grid.select(row);
        assertThat(view.detail.getElement().getTextRecursively())
                .contains("made progress on almost all of the central issues")
                .contains("Rationale:");
        PairThread thread = $(PairThread.class).single();
        assertThat(thread.history.getElement().getTextRecursively()).contains("create");
        test(thread.message).setValue("Does the DPRK statement say 'worrying' or 'regrettable'?");
        test(thread.post).click();
        assertThat(thread.comments.getElement().getTextRecursively())
                .contains("Eden Editor")
                .contains("worrying' or 'regrettable'");

        test(view.requestChanges).click();
        assertThat(db.fetchValue("select status from claim_pair where meeting_id = "
                        + "(select id from meeting where title = 'First DPRK–US high-level talks')"))
                .isEqualTo("SUBMITTED");
        test(view.approve).click();
        assertThat(db.fetchValue("select status from claim_pair where meeting_id = "
                        + "(select id from meeting where title = 'First DPRK–US high-level talks')"))
                .isEqualTo("APPROVED");
        for (int i = 0; i < test(view.grid).size(); i++) {
            assertThat(test(view.grid).getCellText(i, 0)).isNotEqualTo("First DPRK–US high-level talks");
        }
    }
}

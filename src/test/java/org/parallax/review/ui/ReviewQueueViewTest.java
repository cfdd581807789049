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
        assertThat(test(navigate(ReviewQueueView.class).grid).size()).isZero();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_the_submitted_pairs() {
        db.execute("update claim_pair set status = 'SUBMITTED'");
        var grid = test(navigate(ReviewQueueView.class).grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("First DPRK–US high-level talks");
        assertThat(grid.getCellText(0, 1)).startsWith("US: “made progress on almost all of the central issues");
        assertThat(grid.getCellText(0, 2)).startsWith("DPRK: “the outcome of the first high-level talks");
        assertThat(grid.getCellText(0, 3)).isEqualTo("contradicts");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Riley Reviewer");
    }

    @Test
    void a_reviewer_cannot_read_the_review_queue() {
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> reviews.queue()))
                .isInstanceOf(AccessDeniedException.class);
    }
}

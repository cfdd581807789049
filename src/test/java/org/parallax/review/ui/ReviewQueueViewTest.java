package org.parallax.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.base.PairStatus;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.QueuedPair;
import org.parallax.review.ReviewService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    PairingService pairing;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    ClaimPair draft;

    @BeforeEach
    void aDraftPair() {
        draft = data.draftPair("reviewer", "Queue talks");
    }

    private void submit() {
        signedIn.run("reviewer", () -> pairing.submit(draft.id(), draft.version()));
    }

    /** The row of the test's pair, or -1. */
    private int rowOfDraft(GridTester<?, QueuedPair> grid) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).pairId() == draft.id()) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @WithUserDetails("editor")
    void drafts_are_not_in_the_queue() {
        assertThat(rowOfDraft(test(navigate(ReviewQueueView.class).grid))).isEqualTo(-1);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_the_submitted_pairs() {
        submit();
        var grid = test(navigate(ReviewQueueView.class).grid);
        int row = rowOfDraft(grid);
        assertThat(row).isNotNegative();
        // What the row shows, as the browser draws it, ReviewIT reads; here, that it is the right pair.
        QueuedPair shown = grid.getRow(row);
        assertThat(shown.leftQuote()).isEqualTo("made progress");
        assertThat(shown.rightQuote()).isEqualTo("regrettable");
        assertThat(shown.relation()).isEqualTo(Relation.CONTRADICTS);
        assertThat(shown.author()).isEqualTo("Riley Reviewer");
    }

    @Test
    void a_reviewer_cannot_read_the_review_queue() {
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> reviews.queue()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_decides_in_the_queue_and_a_note_is_required_to_send_a_pair_back() {
        submit();
        ReviewQueueView view = navigate(ReviewQueueView.class);
        var grid = test(view.grid);
        grid.select(rowOfDraft(grid));
        assertThat(view.detail.getElement().getTextRecursively())
                .contains("made progress")
                .contains("Rationale:");
        PairThread thread = $(PairThread.class).single();
        assertThat(thread.history.getElement().getTextRecursively()).contains("Riley Reviewer linked “made progress”");
        test(thread.message).setValue("Does the DPRK statement say 'worrying' or 'regrettable'?");
        test(thread.post).click();
        assertThat(thread.comments.getElement().getTextRecursively())
                .contains("Eden Editor")
                .contains("worrying' or 'regrettable'");

        test(view.requestChanges).click();
        assertThat(signedIn.as("editor", () -> pairing.get(draft.id())).status())
                .as("sending back needs a note")
                .isEqualTo(PairStatus.SUBMITTED);
        test(view.approve).click();
        assertThat(signedIn.as("editor", () -> pairing.get(draft.id())).status())
                .isEqualTo(PairStatus.APPROVED);
        assertThat(rowOfDraft(test(view.grid))).isEqualTo(-1);
    }
}

package org.parallax.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridTester;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.base.PairStatus;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairingService;
import org.parallax.report.MeetingReportSummary;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReviewService reviews;

    @Autowired
    PairingService pairing;

    @Autowired
    TestData data;

    long meeting;
    ClaimPair draft;

    @BeforeEach
    void aMeetingWithADraftPair() {
        draft = data.draftPair("reviewer", "Report list talks");
        meeting = draft.meetingId();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_draft_pair_counts_among_all_pairs_but_not_as_approved() {
        var grid = test(navigate(ReportsView.class).grid);
        int row = rowOfMeeting(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("0");
        assertThat(grid.getCellText(row, 3)).isEqualTo("1");
    }

    @Test
    @WithUserDetails("reviewer")
    void an_approved_pair_counts_as_approved() {
        ClaimPair submitted = signedIn.as("reviewer", () -> pairing.submit(draft.id(), draft.version()));
        signedIn.run("editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        var grid = test(navigate(ReportsView.class).grid);
        int row = rowOfMeeting(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("1");
        assertThat(grid.getCellText(row, 3)).isEqualTo("1");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_status_set_to_approved_in_the_database_is_no_approval() {
        // Around the services, as someone with database access might: no approval, no seal.
        db.execute("update claim_pair set status = 'APPROVED' where id = ?", draft.id());
        var grid = test(navigate(ReportsView.class).grid);
        int row = rowOfMeeting(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("0");
        assertThat(signedIn.as("reviewer", () -> pairing.get(draft.id())).status())
                .isEqualTo(PairStatus.SUBMITTED);
    }

    private int rowOfMeeting(GridTester<?, MeetingReportSummary> grid) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).meetingId() == meeting) {
                return row;
            }
        }
        throw new AssertionError("the test's meeting is not listed");
    }
}

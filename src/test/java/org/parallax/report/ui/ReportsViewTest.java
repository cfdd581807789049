package org.parallax.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridTester;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
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

    @Test
    @WithUserDetails("reviewer")
    void a_draft_pair_counts_among_all_pairs_but_not_as_approved() {
        var grid = test(navigate(ReportsView.class).grid);
        int row = demoRow(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("0");
        assertThat(grid.getCellText(row, 3)).isEqualTo("1");
    }

    @Test
    @WithUserDetails("reviewer")
    void an_approved_pair_counts_as_approved() {
        long pair = demoPair();
        db.execute("update claim_pair set status = 'SUBMITTED' where id = ?", pair);
        signedIn.run(
                "editor",
                () -> reviews.decide(
                        pair,
                        db.fetchSingle("select version from claim_pair where id = ?", pair)
                                .get(0, Integer.class),
                        Decision.APPROVE,
                        null));
        var grid = test(navigate(ReportsView.class).grid);
        int row = demoRow(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("1");
        assertThat(grid.getCellText(row, 3)).isEqualTo("1");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_status_set_to_approved_in_the_database_is_no_approval() {
        db.execute("update claim_pair set status = 'APPROVED' where id = ?", demoPair());
        var grid = test(navigate(ReportsView.class).grid);
        int row = demoRow(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("0");
        assertThat(db.fetchSingle("select status from claim_pair where id = ?", demoPair())
                        .get(0, String.class))
                .isEqualTo("SUBMITTED");
    }

    private long demoPair() {
        return db.fetchSingle("select min(id) from claim_pair where meeting_id = "
                        + "(select id from meeting where title = 'First DPRK–US high-level talks')")
                .get(0, Long.class);
    }

    private static int demoRow(GridTester<?, ?> grid) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).equals("First DPRK–US high-level talks")) {
                return row;
            }
        }
        throw new AssertionError("demo meeting not listed");
    }
}

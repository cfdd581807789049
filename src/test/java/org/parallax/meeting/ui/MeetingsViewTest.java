package org.parallax.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.parallax.support.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class MeetingsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reviewer")
    void lists_the_demo_meeting_from_the_database() {
        MeetingsView view = navigate(MeetingsView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(1);
        int row = rowOf(view, "First DPRK–US high-level talks");
        assertThat(grid.getCellText(row, 1)).isEqualTo("6 Jul 2018 – 7 Jul 2018");
        assertThat(grid.getCellText(row, 2)).isEqualTo("Pyongyang");
        assertThat(grid.getCellText(row, 4)).isEqualTo("2"); // accounts
        assertThat(grid.getCellText(row, 5)).isEqualTo("6"); // claims
        assertThat(grid.getCellText(row, 6)).isEqualTo("3"); // pairs: a draft, a submitted and an approved one
    }

    @Test
    @WithUserDetails("reviewer")
    void search_narrows_the_list() {
        MeetingsView view = navigate(MeetingsView.class);
        test(view.search).setValue("Pyongyang");
        assertThat(rowOf(view, "First DPRK–US high-level talks")).isGreaterThanOrEqualTo(0);
        test(view.search).setValue("no meeting is called this");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("reviewer")
    void is_the_landing_page_after_sign_in() {
        navigate("", MeetingsView.class);
        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
    }

    private int rowOf(MeetingsView view, String title) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not in the list");
    }
}

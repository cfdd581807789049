package org.parallax.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.support.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class UsersViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_users_and_creates_one() {
        UsersView view = navigate(UsersView.class);
        assertThat(usernames(view)).contains("admin", "editor", "reviewer");

        test(view.newUser).click();
        NewUserDialog dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue("new.checker");
        test(dialog.displayName).setValue("New Checker");
        test(dialog.password).setValue("short");
        test(dialog.create).click();
        assertThat(dialog.error.getText()).contains("at least 12 characters");
        assertThat(usernames(view)).doesNotContain("new.checker");

        test(dialog.password).setValue("password1234");
        test(dialog.create).click();
        assertThat(dialog.error.getText()).contains("too easy to guess");
        test(dialog.password).setValue("newchecker2024");
        test(dialog.create).click();
        assertThat(dialog.error.getText()).as("the user's own name").contains("too easy to guess");
        test(dialog.password).setValue("lantern-fjord-mosaic-19");
        test(dialog.create).click();
        assertThat(usernames(view)).contains("new.checker");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_open_the_users_view() {
        assertThatThrownBy(() -> navigate(UsersView.class)).hasMessageContaining("UsersView");
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    private List<String> usernames(UsersView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getCellText(i, 0))
                .toList();
    }
}

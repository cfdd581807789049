package org.parallax.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;
import org.parallax.security.ApiTokenService;
import org.parallax.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    @WithUserDetails("reviewer")
    void a_person_makes_a_token_sees_it_once_and_revokes_it() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.create).click();
        assertThat(view.issued.isVisible()).isFalse();

        String name = "spreadsheet " + System.nanoTime();
        test(view.name).setValue(name);
        test(view.create).click();
        String token = view.issued.getValue();
        assertThat(token).startsWith("plx_");
        assertThat(tokens.usernameFor(token)).hasValue("reviewer");
        var grid = test(view.grid);
        int row = rowOf(grid, name);
        assertThat(grid.getCellText(row, 4)).isEqualTo("active");

        test((Button) grid.getCellComponent(row, 5)).click();
        assertThat(grid.getCellText(rowOf(grid, name), 4)).startsWith("revoked");
        assertThat(tokens.usernameFor(token)).isEmpty();
    }

    private static int rowOf(GridTester<?, ?> grid, String name) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " not listed");
    }
}

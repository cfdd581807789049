package org.parallax.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;

/** What a person does at the door: sign in, land on the meetings, and find only what their role allows. */
class LoginIT extends BrowserTest {

    @Test
    void a_reviewer_signs_in_and_sees_the_demo_meeting() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.getByText("Demo data: sign in as reviewer")).isVisible();

        signIn("reviewer", "parallax-demo");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meetings")))
                .isVisible();
        assertThat(page.getByText("First DPRK–US high-level talks")).isVisible();
        assertThat(page.getByText("Pyongyang").first()).isVisible();
        assertThat(page.getByText("Riley Reviewer")).isVisible();
        assertThat(page.locator(".navbar .demo-badge")).hasText("demo data");
        // Reviewers are not offered the user administration.
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")))
                .hasCount(0);
    }

    @Test
    void the_pages_carry_security_headers_and_the_session_cookie_stays_on_this_site() {
        Response login = page.navigate(url("/login"));
        Map<String, String> headers = login.allHeaders();
        Assertions.assertThat(headers.get("content-security-policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'self'")
                .contains("object-src 'none'");
        Assertions.assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        Assertions.assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        signIn("reviewer", "parallax-demo");
        // The screens still work under the policy.
        assertThat(page.getByText("First DPRK–US high-level talks")).isVisible();
        Assertions.assertThat(context.cookies())
                .filteredOn(c -> c.name.equals("JSESSIONID"))
                .singleElement()
                .satisfies(c -> {
                    Assertions.assertThat(c.sameSite).hasToString("LAX");
                    Assertions.assertThat(c.httpOnly).isTrue();
                });
    }

    @Test
    void one_more_wrong_password_than_allowed_is_paused_and_the_right_one_works_after_the_pause() throws Exception {
        // The test profile allows 3 failures per 12 s (production: 10 a minute).
        for (int i = 0; i < 3; i++) {
            signIn("reviewer2", "not-the-password-" + i);
            assertThat(page.getByText("Wrong username or password")).isVisible();
        }
        signIn("reviewer2", "parallax-demo");
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        Assertions.assertThat(page.url()).contains("/login");
        Thread.sleep(12_500);
        signIn("reviewer2", "parallax-demo");
        assertThat(page.getByText("Robin Reviewer")).isVisible();
    }

    @Test
    void a_wrong_password_shows_an_error_and_stays_on_the_login_page() {
        signIn("reviewer", "not-the-password");
        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertThat(page).hasURL(url("/login?error"));
    }

    @Test
    void a_reviewer_who_types_the_users_address_does_not_get_the_users_view() {
        signIn("reviewer", "parallax-demo");
        assertThat(page.getByText("First DPRK–US high-level talks")).isVisible();
        page.navigate(url("/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access")))
                .isVisible();
        assertThat(page.getByText("Eden Editor")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
                .hasCount(0);
    }

    @Test
    void an_admin_finds_the_users_and_signs_out() {
        signIn("admin", "parallax-demo");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
                .isVisible();
        assertThat(page.getByText("Riley Reviewer")).isVisible();
        assertThat(page.getByText("Eden Editor")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(url("/login"));
    }
}

package org.parallax.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in over real HTTP, as the login page's form does it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignedIn.class)
class LoginTest {

    @LocalServerPort
    int port;

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserService users;

    @Test
    void the_right_password_signs_in_and_opens_the_app() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> login = postLogin(browser, "reviewer", "parallax-demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> meetings =
                browser.send(HttpRequest.newBuilder(url("/meetings")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(meetings.statusCode()).isEqualTo(200);
        assertThat(meetings.uri().getPath()).isEqualTo("/meetings");
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        HttpResponse<String> login = postLogin(browser(), "reviewer", "not-the-password");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void a_sign_in_posted_from_another_sites_page_is_refused() throws Exception {
        HttpClient browser = browser();
        browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> forged = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://attacker.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=reviewer&password=parallax-demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> meetings =
                browser.send(HttpRequest.newBuilder(url("/meetings")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(meetings.statusCode()).as("not signed in").isEqualTo(302);
        assertThat(meetings.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void an_unknown_user_is_refused() throws Exception {
        HttpResponse<String> login = postLogin(browser(), "nobody", "parallax-demo");
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(signedIn.as("admin", () -> users.recentFailedSignIns()))
                .as("listed for admins, through the login page")
                .anySatisfy(f -> {
                    assertThat(f.username()).isEqualTo("nobody");
                    assertThat(f.via()).isEqualTo(SignInFailure.Via.FORM);
                });
    }

    @Test
    void without_signing_in_every_view_redirects_to_the_login_page() throws Exception {
        HttpResponse<String> response =
                browser().send(HttpRequest.newBuilder(url("/users")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void the_health_endpoint_is_public_and_the_rest_of_actuator_is_not() throws Exception {
        HttpResponse<String> health = browser()
                .send(HttpRequest.newBuilder(url("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> env = browser()
                .send(HttpRequest.newBuilder(url("/actuator/env")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(env.statusCode()).isNotEqualTo(200);
    }

    @Test
    void disabling_a_user_ends_their_open_session() throws Exception {
        UserSummary leaver = signedIn.as(
                "admin",
                () -> users.create(new NewUser("session-leaver", "Leaver", Roles.REVIEWER, "velvet-harbor-quince-71")));
        HttpClient browser = browser();
        postLogin(browser, "session-leaver", "velvet-harbor-quince-71");
        assertThat(get(browser, "/meetings").statusCode()).isEqualTo(200);

        signedIn.run("admin", () -> users.setEnabled(leaver.id(), leaver.version(), false));

        HttpResponse<String> after = get(browser, "/meetings");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient browser, String username, String password) throws Exception {
        browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

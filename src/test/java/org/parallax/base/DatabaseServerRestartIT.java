package org.parallax.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.Application;
import org.parallax.support.ApiClient;
import org.parallax.support.BrowserTest;
import org.parallax.support.Browsers;
import org.parallax.support.MouseSelection;
import org.parallax.support.ThrowawayCluster;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real PostgreSQL server restarted while a script writes through the API and a reviewer works in the
 * comparison: while it is away every request is answered (503 with Retry-After, within the pool's 5 s) and
 * the screen says the database is away and nothing was saved, the app serves again within seconds of the
 * server's return (the same click then marks the claim), and every write acknowledged with 201 is there
 * afterwards. Prints the seconds.
 */
class DatabaseServerRestartIT {

    /** In the US account of the demo meeting, no claim yet. */
    private static final String PASSAGE = "the two days of talks had been productive";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_restarted_server_loses_nothing_acknowledged_and_the_app_serves_again() throws Exception {
        assumeTrue(ThrowawayCluster.available(), "PostgreSQL 15 binaries not found in /usr/lib/postgresql/15/bin");
        try (ThrowawayCluster cluster = ThrowawayCluster.start();
                Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.chromium(playwright)) {
            cluster.client("createdb", "parallax");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + cluster.jdbcUrl("parallax"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--parallax.demo=true",
                            "--logging.level.root=ERROR")) {
                String base = "http://localhost:"
                        + ((WebServerApplicationContext) app).getWebServer().getPort();
                ApiClient api = new ApiClient(base);
                String token = api.reviewerToken();
                List<Long> acknowledged = new ArrayList<>();
                acknowledged.add(write(api, token, 0));
                // A reviewer at work in the comparison of the demo meeting.
                Page page = browser.newPage();
                BrowserTest.signIn(page, base, "reviewer", "parallax-demo");
                page.navigate(base + "/meetings/" + demoMeeting(api, token) + "/compare");
                Locator left = page.locator("parallax-annotated").nth(0);
                assertThat(left.locator("mark").first()).isVisible();

                cluster.stopServer("fast");
                long stopped = System.nanoTime();
                long slowest = 0;
                for (int i = 1; i <= 3; i++) {
                    long asked = System.nanoTime();
                    HttpResponse<String> refused = post(api, token, i);
                    slowest = Math.max(slowest, System.nanoTime() - asked);
                    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                }
                // Marking a claim meanwhile: the screen says the database is away and that nothing was saved.
                MouseSelection.drag(page, left, PASSAGE);
                Locator markClaim = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"));
                markClaim.click();
                assertThat(page.getByText("The database cannot be reached just now, so nothing was saved."))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
                assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(PASSAGE)))
                        .hasCount(0);

                cluster.startServer();
                long back = System.nanoTime();
                long serving = 0;
                for (int i = 4;
                        serving == 0
                                && System.nanoTime() - back
                                        < Duration.ofSeconds(60).toNanos();
                        i++) {
                    HttpResponse<String> answer = post(api, token, i);
                    if (answer.statusCode() == 201) {
                        serving = System.nanoTime();
                        acknowledged.add(json.readTree(answer.body()).get("id").asLong());
                    } else {
                        Thread.sleep(100);
                    }
                }
                assertThat(serving).as("serving again within 60 s").isPositive();
                // The same click again, with the server back: the claim is marked and drawn.
                assertThat(markClaim).isEnabled();
                markClaim.click();
                assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(PASSAGE)))
                        .isVisible();
                acknowledged.add(write(api, token, 99));
                DSLContext db = app.getBean(DSLContext.class);
                for (long id : acknowledged) {
                    assertThat(db.fetchCount(db.selectFrom("meeting").where("id = ?", id)))
                            .as("meeting " + id)
                            .isEqualTo(1);
                }
                System.out.printf(
                        Locale.ROOT,
                        "PostgreSQL server restarted: requests while it was away answered 503 within %.1f s;"
                                + " serving again %.1f s after it was back (%.1f s after it stopped); %d acknowledged"
                                + " writes all kept%n",
                        slowest / 1e9,
                        (serving - back) / 1e9,
                        (serving - stopped) / 1e9,
                        acknowledged.size());
            }
        }
    }

    private long demoMeeting(ApiClient api, String token) throws Exception {
        HttpResponse<String> found = api.send("/api/v1/meetings?q=First", token, null);
        return json.readTree(found.body()).get(0).get("id").asLong();
    }

    private long write(ApiClient api, String token, int i) throws Exception {
        HttpResponse<String> made = post(api, token, i);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json.readTree(made.body()).get("id").asLong();
    }

    private static HttpResponse<String> post(ApiClient api, String token, int i) throws Exception {
        return api.send("/api/v1/meetings", token, """
                {"title": "Written around a restart %d", "startDate": "2018-07-06"}""".formatted(i));
    }
}

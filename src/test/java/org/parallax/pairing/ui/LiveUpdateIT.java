package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.parallax.Application;
import org.parallax.base.EmbeddedPostgresServer;
import org.parallax.support.BrowserTest;
import org.parallax.support.MouseSelection;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two reviewers on one meeting see each other's work appear without reloading, across app instances too. */
class LiveUpdateIT extends BrowserTest {

    @Autowired
    TestData data;

    static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    @Autowired
    EmbeddedPostgresServer database;

    @Test
    void a_second_person_sees_a_new_claim_and_pair_appear_without_reloading() {
        Page other = secondPerson();
        signIn(other, url(""), "editor", "parallax-demo");
        other.navigate(url("/meetings/" + data.demoMeeting() + "/compare"));
        Locator othersLeft = other.locator("parallax-annotated").nth(0);
        assertThat(othersLeft.locator("mark").first()).isVisible();

        String quote = "the two days of talks had been productive";
        long marked = reviewerMarks(0, quote);

        assertThat(othersLeft.locator("mark", new Locator.LocatorOptions().setHasText(quote)))
                .isVisible(SOON);
        System.out.printf(
                "Live update reached the second browser context in %d ms%n", (System.nanoTime() - marked) / 1_000_000);
    }

    @Test
    void the_change_notice_crosses_between_two_app_instances_sharing_one_database() {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--parallax.demo=false",
                        "--logging.level.root=WARN")) {
            int secondPort =
                    ((WebServerApplicationContext) second).getWebServer().getPort();
            String secondBase = "http://localhost:" + secondPort;
            Page other = secondPerson();
            signIn(other, secondBase, "editor", "parallax-demo");
            other.navigate(secondBase + "/meetings/" + data.demoMeeting() + "/compare");
            Locator othersRight = other.locator("parallax-annotated").nth(1);
            assertThat(othersRight.locator("mark").first()).isVisible();

            String quote = "warned that the talks had brought the two sides to a dangerous point";
            long marked = reviewerMarks(1, quote);

            assertThat(othersRight.locator("mark", new Locator.LocatorOptions().setHasText(quote)))
                    .isVisible(SOON);
            System.out.printf(
                    "Live update crossed to the instance on port %d in %d ms%n",
                    secondPort, (System.nanoTime() - marked) / 1_000_000);
        }
    }

    /** The reviewer, on this instance, marks {@code quote} in a column; returns when the claim was confirmed. */
    private long reviewerMarks(int column, String quote) {
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + data.demoMeeting() + "/compare"));
        MouseSelection.drag(page, page.locator("parallax-annotated").nth(column), quote);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"))
                .click();
        return System.nanoTime();
    }
}

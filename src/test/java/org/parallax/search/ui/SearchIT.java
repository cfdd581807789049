package org.parallax.search.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer types into the search field of the navigation bar, reads the results grouped by meeting with
 * the words marked, and opens one: the comparison shows the passage marked and in view.
 */
class SearchIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void a_result_opens_the_comparison_at_the_passage() {
        long meeting = data.demoMeeting();
        signIn("reviewer", "parallax-demo");

        Locator field = page.getByLabel("Search everything");
        field.fill("regrettable attitude");
        field.press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=regrettable(\\+|%20)attitude"));
        Locator group = page.locator(".search-meeting")
                .filter(new Locator.FilterOptions().setHas(page.locator("a[href='meetings/" + meeting + "']")));
        assertThat(group).isVisible();
        Locator accountHit = group.locator(".search-hit")
                .filter(new Locator.FilterOptions().setHasText("Account text"))
                .first();
        assertThat(accountHit.locator("mark")).containsText(new String[] {"attitude", "regrettable"});
        assertThat(group.locator(".search-hit").filter(new Locator.FilterOptions().setHasText("Claim")))
                .not()
                .hasCount(0);

        accountHit.locator("a.search-snippet").click();

        assertThat(page).hasURL(Pattern.compile(".*/meetings/" + meeting + "/compare\\?left=\\d+&at=\\d+-\\d+"));
        Locator left = page.locator("parallax-annotated").first();
        assertThat(left.locator("mark").first()).isVisible();
        page.waitForFunction(
                "() => CSS.highlights.get('parallax-found') && CSS.highlights.get('parallax-found').size === 1");
        String found = (String) page.evaluate("() => [...CSS.highlights.get('parallax-found')][0].toString()");
        assertThat(found).contains("regrettable");
        // In view inside its column.
        Object inView =
                page.evaluate("() => { const r = [...CSS.highlights.get('parallax-found')][0].getBoundingClientRect();"
                        + " const c = document.querySelector('parallax-annotated').getBoundingClientRect();"
                        + " return r.height > 0 && r.top >= c.top && r.bottom <= c.bottom; }");
        assertThat(inView).isEqualTo(true);
    }

    @Test
    void filters_narrow_the_results_and_odd_searches_get_a_message() {
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/search?q=" + "%26%20%7C%20!%20%3A%20*%20(%20)"));
        assertThat(page.locator(".search-summary")).containsText("Nothing to look for");

        page.navigate(url("/search?q=talks"));
        assertThat(page.locator(".search-hit").first()).isVisible();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Pair"))
                .check();
        assertThat(page).hasURL(Pattern.compile(".*kind=pair.*"));
        assertThat(page.locator(".search-kind").first()).hasText("Pair");
        for (String kind : page.locator(".search-kind").allTextContents()) {
            assertThat(kind).isEqualToIgnoringCase("Pair");
        }
    }
}

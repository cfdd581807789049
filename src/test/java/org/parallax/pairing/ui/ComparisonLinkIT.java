package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A comparison link typed into a new tab: the page arrives with the screen in it and names the two texts
 * to preload, and each text is downloaded once (the column's own fetch takes the preloaded one).
 */
class ComparisonLinkIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void a_shared_link_arrives_with_its_screen_and_downloads_each_text_once() {
        long meeting = data.demoMeeting();
        signIn("reviewer", "parallax-demo");
        Page tab = context.newPage();
        List<String> texts = new CopyOnWriteArrayList<>();
        tab.onRequest(r -> {
            if (r.url().contains("/VAADIN/dynamic/resource/")) {
                texts.add(r.url());
            }
        });

        Response page = tab.navigate(url("/meetings/" + meeting + "/compare"));

        assertThat(page.text())
                .contains("rel=\"modulepreload\" href=\"parallax/parallax-annotated.js\"")
                .containsPattern(
                        "rel=\"preload\" as=\"fetch\" crossorigin=\"anonymous\" href=\"VAADIN/dynamic/resource/");
        assertThat(tab.locator("parallax-annotated").nth(0).locator("mark").first())
                .isVisible();
        assertThat(tab.locator("parallax-annotated").nth(1).locator("mark").first())
                .isVisible();
        assertThat(texts).hasSize(2).doesNotHaveDuplicates();
    }
}

package org.parallax.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;

/** frontend/dates.js, run in Chromium as the date fields load it: every form a date is typed in. */
class DatesModuleIT extends BrowserTest {

    @BeforeEach
    void openAPageOfTheApp() {
        page.navigate("http://localhost:" + port + "/login");
    }

    private String parse(String typed, String locale) {
        return (String) page.evaluate(
                "async ([typed, locale]) => { const m = await import('/parallax/dates.js');"
                        + " const d = m.parseDay(typed, locale); return d ? m.formatDay(d) : 'none'; }",
                new String[] {typed, locale});
    }

    @Test
    void iso_the_apps_own_format_and_the_browsers_numeric_order_are_taken() {
        assertThat(parse("2018-07-06", "en-US")).isEqualTo("6 Jul 2018");
        assertThat(parse("6 Jul 2018", "en-US")).isEqualTo("6 Jul 2018");
        assertThat(parse("6 July 2018", "de-DE")).isEqualTo("6 Jul 2018");
        assertThat(parse("Jul 6, 2018", "en-GB")).isEqualTo("6 Jul 2018");
        assertThat(parse("  12  Sep  2018 ", "en-US")).isEqualTo("12 Sep 2018");
        assertThat(parse("7/6/2018", "en-US")).as("month first in the US").isEqualTo("6 Jul 2018");
        assertThat(parse("6/7/2018", "en-GB")).as("day first in Britain").isEqualTo("6 Jul 2018");
        assertThat(parse("6.7.2018", "de-DE")).isEqualTo("6 Jul 2018");
        assertThat(parse("2018/07/06", "ja-JP")).isEqualTo("6 Jul 2018");
    }

    @Test
    void what_is_no_date_is_refused() {
        assertThat(parse("31 Feb 2018", "en-US")).isEqualTo("none");
        assertThat(parse("2018-13-01", "en-US")).isEqualTo("none");
        assertThat(parse("6 Jull 2018", "en-US")).isEqualTo("none");
        assertThat(parse("next Tuesday", "en-US")).isEqualTo("none");
        assertThat(parse("", "en-US")).isEqualTo("none");
    }
}

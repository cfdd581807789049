package org.parallax.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void normalises_to_nfc() {
        String decomposed = "Cafe\u0301 talks";
        assertThat(TextCleaner.clean(decomposed).text()).isEqualTo("Café talks");
    }

    @Test
    void unifies_line_endings_and_keeps_paragraphs() {
        CleanText clean = TextCleaner.clean("First line\r\nsecond line\r\n\r\n\r\n\r\nNew paragraph\rlast   \n");
        assertThat(clean.text()).isEqualTo("First line\nsecond line\n\nNew paragraph\nlast");
    }

    @Test
    void removes_and_reports_invisible_characters() {
        CleanText clean = TextCleaner.clean("\uFEFFPro\u200Bgress\u200B on al\u00ADmost all\u0007 issues\u2060");
        assertThat(clean.text()).isEqualTo("Progress on almost all issues");
        assertThat(clean.removed())
                .containsEntry("ZERO WIDTH SPACE", 2)
                .containsEntry("SOFT HYPHEN", 1)
                .containsEntry("ZERO WIDTH NO-BREAK SPACE", 1)
                .containsEntry("WORD JOINER", 1);
        assertThat(clean.removedCount()).isEqualTo(6);
        assertThat(clean.removedSummary()).contains("2 × ZERO WIDTH SPACE");
    }

    @Test
    void keeps_typographic_quotes_dashes_and_korean() {
        String text = "“Regrettable” – said the ‘spokesman’ … 유감스러운";
        assertThat(TextCleaner.clean(text).text()).isEqualTo(text);
        assertThat(TextCleaner.clean(text).removed()).isEmpty();
    }

    @Test
    void turns_tabs_and_no_break_spaces_into_plain_spaces() {
        assertThat(TextCleaner.clean("a\tb\u00A0c").text()).isEqualTo("a b c");
    }
}

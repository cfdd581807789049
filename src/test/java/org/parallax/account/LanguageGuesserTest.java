package org.parallax.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void tells_korean_from_english() {
        assertThat(LanguageGuesser.guess("The talks were productive.")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("조선민주주의인민공화국 외무성 대변인 담화")).isEqualTo("ko");
        // Korean text quoting English names is still Korean.
        assertThat(LanguageGuesser.guess("미국 국무장관 Pompeo 가 평양을 방문하였다")).isEqualTo("ko");
    }

    @Test
    void recognises_chinese_japanese_and_russian() {
        assertThat(LanguageGuesser.guess("会谈在平壤举行，双方交换了意见")).isEqualTo("zh");
        assertThat(LanguageGuesser.guess("会談は平壌で行われました")).isEqualTo("ja");
        assertThat(LanguageGuesser.guess("Переговоры прошли в Пхеньяне")).isEqualTo("ru");
    }

    @Test
    void text_without_letters_is_undetermined() {
        assertThat(LanguageGuesser.guess("2018-07-07 12:00")).isEqualTo("und");
    }
}

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
    void tells_latin_script_languages_apart() {
        assertThat(LanguageGuesser.guess("Les deux délégations ont tenu des entretiens francs et constructifs à Genève,"
                        + " et elles se retrouveront le mois prochain."))
                .isEqualTo("fr");
        assertThat(LanguageGuesser.guess(
                        "Die beiden Delegationen haben in Genf offene Gespräche geführt und werden sich"
                                + " im nächsten Monat wieder treffen."))
                .isEqualTo("de");
        assertThat(LanguageGuesser.guess("Las dos delegaciones mantuvieron conversaciones francas en Ginebra y se"
                        + " reunirán de nuevo el mes que viene."))
                .isEqualTo("es");
        assertThat(LanguageGuesser.guess("As duas delegações mantiveram conversações francas em Genebra e voltarão a"
                        + " reunir-se no próximo mês."))
                .isEqualTo("pt");
        assertThat(LanguageGuesser.guess("Le due delegazioni hanno avuto colloqui franchi a Ginevra e si incontreranno"
                        + " di nuovo il mese prossimo."))
                .isEqualTo("it");
        assertThat(LanguageGuesser.guess(
                        "The two delegations held frank talks in Geneva and will meet again next month."))
                .isEqualTo("en");
        // Too little to tell: English, as before.
        assertThat(LanguageGuesser.guess("Pyongyang")).isEqualTo("en");
    }

    @Test
    void text_without_letters_is_undetermined() {
        assertThat(LanguageGuesser.guess("2018-07-07 12:00")).isEqualTo("und");
    }
}

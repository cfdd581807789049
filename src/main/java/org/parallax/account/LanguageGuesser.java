package org.parallax.account;

/**
 * Guesses an account's language from its script, which is what tells the parties' languages apart:
 * Hangul is Korean, kana Japanese, Han without kana Chinese, Cyrillic Russian, Latin English.
 */
final class LanguageGuesser {

    private LanguageGuesser() {}

    static String guess(String text) {
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {}
            }
        }
        int letters = hangul + kana + han + cyrillic + latin;
        if (letters == 0) {
            return "und";
        }
        if (hangul * 5 >= letters) {
            return "ko";
        }
        if (kana * 10 >= letters) {
            return "ja";
        }
        if (han * 3 >= letters) {
            return "zh";
        }
        if (cyrillic * 3 >= letters) {
            return "ru";
        }
        return "en";
    }
}

package org.parallax.account;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Guesses an account's language: the script first (Hangul is Korean, kana Japanese, Han without kana
 * Chinese, Cyrillic Russian), then, for Latin script, by the function words the text uses most, from the
 * Snowball stop word lists that Lucene ships (English, French, German, Spanish, Italian, Portuguese, Dutch,
 * Swedish, Norwegian, Danish, Finnish, Hungarian, Indonesian): a statement of a few sentences holds dozens.
 * English when nothing tells.
 */
final class LanguageGuesser {

    /** ISO 639-1 code and Snowball stop list of each Latin-script language told apart. */
    private static final Map<String, String> LATIN_LISTS = Map.ofEntries(
            Map.entry("en", "english_stop.txt"),
            Map.entry("fr", "french_stop.txt"),
            Map.entry("de", "german_stop.txt"),
            Map.entry("es", "spanish_stop.txt"),
            Map.entry("it", "italian_stop.txt"),
            Map.entry("pt", "portuguese_stop.txt"),
            Map.entry("nl", "dutch_stop.txt"),
            Map.entry("sv", "swedish_stop.txt"),
            Map.entry("no", "norwegian_stop.txt"),
            Map.entry("da", "danish_stop.txt"),
            Map.entry("fi", "finnish_stop.txt"),
            Map.entry("hu", "hungarian_stop.txt"),
            Map.entry("id", "indonesian_stop.txt"));

    private static final Map<String, CharArraySet> LATIN = loadLists();

    /** Hits of the best list that make a language other than English stand: more than a stray word. */
    private static final int MIN_HITS = 2;

    private LanguageGuesser() {}

    private static Map<String, CharArraySet> loadLists() {
        Map<String, CharArraySet> lists = new TreeMap<>();
        LATIN_LISTS.forEach((code, file) -> {
            try (Reader reader =
                    IOUtils.getDecodingReader(SnowballFilter.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
                lists.put(code, WordlistLoader.getSnowballWordSet(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return lists;
    }

    /** The Latin-script language whose function words the text uses most; English when none stands out. */
    static String latin(String text) {
        Map<String, Integer> hits = new TreeMap<>();
        Matcher words = WORD.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            LATIN.forEach((code, list) -> {
                if (list.contains(word)) {
                    hits.merge(code, 1, Integer::sum);
                }
            });
        }
        String best = "en";
        int bestHits = hits.getOrDefault("en", 0);
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits >= MIN_HITS ? best : "en";
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE = 20_000;

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
        return latin(text);
    }
}

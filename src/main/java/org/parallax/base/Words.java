package org.parallax.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a text as search and suggestions see them, with their UTF-16 offsets: runs of letters and
 * digits (an apostrophe or a dot inside a word keeps it whole: "DPRK's", "U.S."), each with its Snowball
 * English stem in lower case, the stemmer of PostgreSQL's {@code english} configuration, so that what is
 * highlighted is what the database matched. Runs of Korean, Japanese and Chinese characters are words too;
 * their parts are compared by {@link #bigrams(String)}, as the database's {@code search_bigrams} does.
 */
public final class Words {

    /** A word of a text: where it is, as written, and its stem (lower case; CJK runs as written). */
    public record Word(int start, int end, String text, String stem) {

        public boolean isCjk() {
            return Words.isCjk(text.codePointAt(0));
        }

        public boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private Words() {}

    /** The words of a text, in order. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean cjk = isCjk(cp);
            int start = i;
            i += Character.charCount(cp);
            while (i < text.length()) {
                int next = text.codePointAt(i);
                if (Character.isLetterOrDigit(next) && isCjk(next) == cjk) {
                    i += Character.charCount(next);
                } else if (!cjk && joinsWord(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            String word = text.substring(start, i);
            words.add(new Word(start, i, word, cjk ? word : stem(stemmer, word)));
        }
        return words;
    }

    /** Overlapping pairs of characters of a CJK run ("회담에서" → 회담, 담에, 에서); a run of one is itself. */
    public static List<String> bigrams(String run) {
        int[] cps = run.codePoints().toArray();
        if (cps.length < 2) {
            return List.of(run);
        }
        List<String> pairs = new ArrayList<>(cps.length - 1);
        for (int k = 0; k + 1 < cps.length; k++) {
            pairs.add(new String(cps, k, 2));
        }
        return pairs;
    }

    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * An apostrophe or a dot between two letters or digits keeps the word whole ("DPRK's", "U.S.", "3.5"), as
     * does a thousands separator between digits ("453,000").
     */
    private static boolean joinsWord(String text, int i) {
        char c = text.charAt(i);
        if (c == ',') {
            return i > 0
                    && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
        }
        return (c == '\'' || c == '’' || c == '.')
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1))
                && !isCjk(text.codePointAt(i + 1));
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        lower = lower.replace(".", "");
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}

package org.parallax.suggestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.base.Words;

/**
 * Evaluative words and their polarity, read from data files kept beside this class (each names its source):
 * AFINN-165 for English at large, and the project's own list of diplomatic wording in English and Korean.
 * A word is looked up as written (the lists name the inflections they rate); a phrase ("good faith")
 * inside the lower-cased text; a Korean stem inside a longer word (유감 in 유감스럽다).
 */
final class Lexicon {

    static final List<String> SOURCES = List.of("afinn-165.tsv", "diplomatic-polarity.tsv");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> phrases = new HashMap<>();
    private final Map<String, Integer> cjkStems = new HashMap<>();

    private Lexicon() {}

    static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        for (String source : SOURCES) {
            try (InputStream in = Lexicon.class.getResourceAsStream(source)) {
                if (in == null) {
                    throw new IllegalStateException("The polarity lexicon " + source + " is missing");
                }
                lexicon.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lexicon;
    }

    /** Later sources override earlier ones: the diplomatic list knows "concern" better than AFINN. */
    private void read(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String entry = cells[0].strip().toLowerCase(Locale.ROOT);
            int valence = Integer.parseInt(cells[1].strip());
            if (Words.isCjk(entry.codePointAt(0))) {
                cjkStems.put(entry, valence);
            } else if (entry.contains(" ")) {
                phrases.put(entry, valence);
            } else {
                words.put(entry, valence);
            }
        }
    }

    /** The valence of a word (0 when the lexicon does not rate it). */
    int valence(Words.Word word) {
        if (word.isCjk()) {
            for (Map.Entry<String, Integer> e : cjkStems.entrySet()) {
                if (word.text().contains(e.getKey())) {
                    return e.getValue();
                }
            }
            return 0;
        }
        // As written only: by stem, "goods" would be "good" and "forces" "force".
        Integer v = words.get(word.text().toLowerCase(Locale.ROOT));
        return v == null ? 0 : v;
    }

    /** The rated phrases the text holds, with their valence. */
    List<Map.Entry<String, Integer>> phrasesIn(String lowerText) {
        List<Map.Entry<String, Integer>> found = new ArrayList<>();
        for (Map.Entry<String, Integer> e : phrases.entrySet()) {
            int at = lowerText.indexOf(e.getKey());
            if (at >= 0
                    && (at == 0 || !Character.isLetter(lowerText.charAt(at - 1)))
                    && (at + e.getKey().length() == lowerText.length()
                            || !Character.isLetter(
                                    lowerText.charAt(at + e.getKey().length())))) {
                found.add(e);
            }
        }
        return found;
    }
}

package org.parallax.account;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the passages search indexes: its sentences, a long one cut at white space into pieces
 * of at most {@link #MAX_LENGTH} characters (the database refuses longer ones). Each passage knows where
 * it is, so a hit opens the text at that spot.
 */
final class Passages {

    static final int MAX_LENGTH = 2000;

    record Passage(int start, int end, String content) {}

    private Passages() {}

    static List<Passage> of(String text) {
        List<Passage> passages = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(text)) {
            int start = s.start();
            while (start < s.end()) {
                int end = s.end() - start <= MAX_LENGTH ? s.end() : cut(text, start, start + MAX_LENGTH);
                String content = text.substring(start, end);
                if (!content.isBlank()) {
                    passages.add(new Passage(start, end, content));
                }
                start = end;
            }
        }
        return passages;
    }

    /** The last white space before {@code limit}, or the limit itself, never inside a surrogate pair. */
    private static int cut(String text, int start, int limit) {
        for (int i = limit; i > start + MAX_LENGTH / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}

package org.parallax.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a claim again in a corrected text from its quote, prefix and suffix. Only an exact, unambiguous
 * match counts: the quote found once, or, where it occurs several times, exactly one occurrence with
 * the same prefix and suffix. Anything else is left for a person; a claim is never moved by guesswork.
 */
final class Reanchoring {

    private Reanchoring() {}

    static Optional<TextAnchor> find(String text, String quote, String prefix, String suffix) {
        List<Integer> hits = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            hits.add(at);
        }
        if (hits.size() == 1) {
            int start = hits.getFirst();
            return Optional.of(TextAnchor.of(text, start, start + quote.length(), quote));
        }
        List<Integer> exact = hits.stream()
                .filter(at -> contextMatches(text, at, quote.length(), prefix, suffix))
                .toList();
        if (exact.size() == 1) {
            int start = exact.getFirst();
            return Optional.of(TextAnchor.of(text, start, start + quote.length(), quote));
        }
        return Optional.empty();
    }

    private static boolean contextMatches(String text, int start, int length, String prefix, String suffix) {
        int end = start + length;
        return start >= prefix.length()
                && text.startsWith(prefix, start - prefix.length())
                && text.startsWith(suffix, end);
    }
}

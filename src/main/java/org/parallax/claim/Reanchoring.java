package org.parallax.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parallax.base.Texts;

/**
 * Finds a claim again in a corrected text from its quote, prefix and suffix. Only an exact, unambiguous
 * match moves a claim: the quote found once, or, where it occurs several times, exactly one occurrence
 * with the same prefix and suffix. For the others {@link #candidates} ranks approximate matches for a
 * person to choose from; a claim is never moved by guesswork.
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

    /** Fewer edits than this share of the quote's length, or the place is no candidate. */
    static final double MAX_ERROR_SHARE = 0.25;

    /** How many candidates a person is offered. */
    static final int MAX_CANDIDATES = 3;

    // Hypothesis's weights: the quote counts most, then its context, and its old position breaks ties.
    private static final double QUOTE_WEIGHT = 50;
    private static final double CONTEXT_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;

    /**
     * The best places for a quote in a text, most similar first: approximate matches of the quote with
     * at most a quarter of its length in edits, ranked by the quote's, prefix's and suffix's similarity
     * and the distance from {@code hint} (where the old position falls in the new text).
     */
    static List<AnchorCandidate> candidates(
            ApproximateSearch search, String quote, String prefix, String suffix, int hint) {
        String text = search.text();
        int maxErrors = (int) Math.floor(quote.length() * MAX_ERROR_SHARE);
        List<AnchorCandidate> ranked = new ArrayList<>();
        for (ApproximateSearch.Match match : search.find(quote, maxErrors)) {
            int start = Texts.safeBoundary(text, match.start());
            int end = Texts.safeBoundary(text, match.end());
            // A quote that began and ended on word boundaries is offered whole words, not "s been made".
            if (startsOnWord(quote, prefix)) {
                while (start > 0 && start < end && isWordChar(text, start - 1) && isWordChar(text, start)) {
                    start--;
                }
            }
            if (startsOnWord(reversed(quote), reversed(suffix))) {
                while (end < text.length() && end > start && isWordChar(text, end - 1) && isWordChar(text, end)) {
                    end++;
                }
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                continue;
            }
            double quoteScore = 1 - (double) match.errors() / quote.length();
            double prefixScore = similarity(prefix, text.substring(Math.max(0, start - prefix.length()), start));
            double suffixScore =
                    similarity(suffix, text.substring(end, Math.min(text.length(), end + suffix.length())));
            double positionScore = 1 - (double) Math.abs(start - hint) / Math.max(1, text.length());
            double score = (QUOTE_WEIGHT * quoteScore
                            + CONTEXT_WEIGHT * prefixScore
                            + CONTEXT_WEIGHT * suffixScore
                            + POSITION_WEIGHT * positionScore)
                    / (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT);
            ranked.add(new AnchorCandidate(start, end, text.substring(start, end), score));
        }
        ranked.sort(Comparator.comparingDouble(AnchorCandidate::similarity).reversed());
        return ranked.size() > MAX_CANDIDATES ? List.copyOf(ranked.subList(0, MAX_CANDIDATES)) : ranked;
    }

    /** Whether the quote did not begin inside a word. */
    private static boolean startsOnWord(String quote, String before) {
        return !isWordChar(quote, 0) || before.isEmpty() || !isWordChar(before, before.length() - 1);
    }

    private static boolean isWordChar(String text, int at) {
        return Character.isLetterOrDigit(text.charAt(at));
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static double similarity(String expected, String found) {
        if (expected.isEmpty()) {
            return 1;
        }
        return 1 - (double) ApproximateSearch.distance(expected, found) / Math.max(expected.length(), found.length());
    }

    private static boolean contextMatches(String text, int start, int length, String prefix, String suffix) {
        int end = start + length;
        return start >= prefix.length()
                && text.startsWith(prefix, start - prefix.length())
                && text.startsWith(suffix, end);
    }
}

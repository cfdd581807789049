package org.parallax.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.base.Texts;

/**
 * Finds a claim again in a corrected text from its quote, prefix and suffix. Only an exact, unambiguous
 * match moves a claim: the quote with its prefix and suffix where the shift of the claims before it puts
 * it, the quote found once, or, where it occurs several times, exactly one occurrence with the same prefix
 * and suffix. For the others {@link #candidates} ranks approximate matches for a
 * person to choose from; a claim is never moved by guesswork.
 */
final class Reanchoring {

    private Reanchoring() {}

    static Optional<TextAnchor> find(String text, String quote, String prefix, String suffix) {
        return find(text, quote, prefix, suffix, -1);
    }

    /** A claim's selector in the text being corrected; {@code inPlace} false for one flagged earlier. */
    record Selector(int start, String quote, String prefix, String suffix, boolean inPlace) {}

    /** Where a claim is found exactly in the new text ({@code found} null if nowhere), and where to look near. */
    record Placement(TextAnchor found, int hint) {}

    /**
     * Places every claim of an account (by position) in its corrected text. Each claim in place is first
     * looked for where the shift of the one before puts it; a span is given to one claim only (claims
     * made before the one-claim-per-span rule may share one: the first takes it).
     */
    static List<Placement> placeAll(String newText, List<Selector> claims) {
        List<Placement> placements = new ArrayList<>(claims.size());
        Set<Long> taken = new HashSet<>();
        int shift = 0;
        for (Selector claim : claims) {
            // A claim flagged earlier sits on an older revision: its offset says nothing of this text.
            int hint = claim.inPlace() ? claim.start() + shift : -1;
            TextAnchor found = find(newText, claim.quote(), claim.prefix(), claim.suffix(), hint)
                    .filter(a -> taken.add(((long) a.start() << 32) | a.end()))
                    .orElse(null);
            if (found != null && claim.inPlace()) {
                shift = found.start() - claim.start();
            }
            placements.add(new Placement(found, Math.max(0, Math.min(newText.length(), hint))));
        }
        return placements;
    }

    /**
     * {@link #find(String, String, String, String)}, first trying {@code hint}: the quote there with the
     * same prefix and suffix is where the shift of the claims before it puts it, and is taken without
     * reading the whole text (which a correction of a long account would do once per claim).
     */
    static Optional<TextAnchor> find(String text, String quote, String prefix, String suffix, int hint) {
        if (hint >= 0
                && hint + quote.length() <= text.length()
                && text.startsWith(quote, hint)
                && contextMatches(text, hint, quote.length(), prefix, suffix)) {
            return Optional.of(TextAnchor.of(text, hint, hint + quote.length(), quote));
        }
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

    /** Characters around the expected place searched before the whole text is. */
    static final int NEAR = 2_000;

    /**
     * The best places for a quote in a text, most similar first: approximate matches of the quote with
     * at most a quarter of its length in edits, ranked by the quote's, prefix's and suffix's similarity
     * and the distance from {@code hint} (where the old position falls in the new text). The text near the
     * hint is searched first, the whole text when nothing near is similar enough: a sentence moved far
     * away is found, at the cost of a full search for that claim only.
     */
    static List<AnchorCandidate> candidates(
            ApproximateSearch search, String quote, String prefix, String suffix, int hint) {
        int maxErrors = (int) Math.floor(quote.length() * MAX_ERROR_SHARE);
        int reach = NEAR + 2 * quote.length();
        List<AnchorCandidate> near =
                ranked(search, quote, prefix, suffix, hint, search.find(quote, maxErrors, hint - reach, hint + reach));
        return near.isEmpty() ? ranked(search, quote, prefix, suffix, hint, search.find(quote, maxErrors)) : near;
    }

    private static List<AnchorCandidate> ranked(
            ApproximateSearch search,
            String quote,
            String prefix,
            String suffix,
            int hint,
            List<ApproximateSearch.Match> matches) {
        String text = search.text();
        List<AnchorCandidate> ranked = new ArrayList<>();
        for (ApproximateSearch.Match match : matches) {
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

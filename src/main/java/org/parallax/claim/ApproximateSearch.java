package org.parallax.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a pattern occurs in a text with at most k edits (insertions, deletions, substitutions of
 * UTF-16 units): Myers' bit-parallel algorithm in Hyyrö's block form, as the approx-string-match library
 * behind Hypothesis's anchoring does. Time grows with text length × pattern length / 64, so one search of a
 * sentence over a 50,000-word account stays in milliseconds. Built once per text and reused for every
 * pattern, since the text's characters are numbered once.
 */
final class ApproximateSearch {

    /** The span {@code start}–{@code end} of the text matches the pattern with {@code errors} edits. */
    record Match(int start, int end, int errors) {}

    /** Candidate ends kept per pattern before their starts are found: repetitive text has many. */
    private static final int MAX_ENDS = 64;

    private final String text;
    /** Each text position's character, numbered among the text's distinct characters. */
    private final int[] symbols;

    private final Map<Character, Integer> alphabet = new HashMap<>();

    ApproximateSearch(String text) {
        this.text = text;
        this.symbols = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            symbols[i] = alphabet.computeIfAbsent(text.charAt(i), c -> alphabet.size());
        }
    }

    String text() {
        return text;
    }

    /** The best matches with at most {@code maxErrors} edits, fewest edits first, none overlapping another. */
    List<Match> find(String pattern, int maxErrors) {
        return find(pattern, maxErrors, 0, text.length());
    }

    /** {@link #find(String, int)} for matches ending within {@code from}–{@code to} of the text. */
    List<Match> find(String pattern, int maxErrors, int from, int to) {
        if (pattern.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<int[]> ends = matchEnds(pattern, maxErrors, Math.max(0, from), Math.min(symbols.length, to));
        List<Match> matches = new ArrayList<>();
        for (int[] end : ends) {
            Match match = withStart(pattern, end[0], end[1]);
            if (matches.stream().noneMatch(m -> m.start() < match.end() && match.start() < m.end())) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparingInt(Match::errors).thenComparingInt(Match::start));
        return matches;
    }

    /**
     * Ends (exclusive) of the best alignment in each run of positions within {@code maxErrors}, with its
     * edits: one column of the edit-distance matrix per text character, 64 rows per machine word.
     */
    private List<int[]> matchEnds(String pattern, int maxErrors, int from, int to) {
        int m = pattern.length();
        int blocks = (m + 63) / 64;
        long[][] peq = new long[alphabet.size()][blocks];
        for (int i = 0; i < m; i++) {
            Integer symbol = alphabet.get(pattern.charAt(i));
            if (symbol != null) {
                peq[symbol][i / 64] |= 1L << (i % 64);
            }
        }
        long lastRow = 1L << ((m - 1) % 64);
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        int score = m;
        List<int[]> ends = new ArrayList<>();
        int runBest = -1;
        int runBestScore = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            long[] eqs = peq[symbols[j]];
            int carry = 0;
            for (int b = 0; b < blocks; b++) {
                long high = b == blocks - 1 ? lastRow : Long.MIN_VALUE;
                long eq = eqs[b];
                long pvb = pv[b];
                long mvb = mv[b];
                long xv = eq | mvb;
                if (carry < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & pvb) + pvb) ^ pvb) | eq;
                long ph = mvb | ~(xh | pvb);
                long mh = pvb & xh;
                int out = ((ph & high) != 0 ? 1 : 0) - ((mh & high) != 0 ? 1 : 0);
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) {
                    mh |= 1L;
                } else if (carry > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                carry = out;
            }
            score += carry;
            if (score <= maxErrors) {
                if (score < runBestScore) {
                    runBest = j + 1;
                    runBestScore = score;
                }
            } else if (runBest >= 0) {
                ends.add(new int[] {runBest, runBestScore});
                runBest = -1;
                runBestScore = Integer.MAX_VALUE;
            }
        }
        if (runBest >= 0) {
            ends.add(new int[] {runBest, runBestScore});
        }
        ends.sort(Comparator.comparingInt((int[] e) -> e[1]));
        return ends.size() > MAX_ENDS ? ends.subList(0, MAX_ENDS) : ends;
    }

    /**
     * The start of the alignment ending at {@code end} with {@code errors} edits: the pattern, read
     * backwards, aligned whole against the text read backwards from {@code end}; of those with fewest
     * edits, the one closest to the pattern's length (dropping a word costs what changing it costs).
     */
    private Match withStart(String pattern, int end, int errors) {
        int m = pattern.length();
        int from = Math.max(0, end - m - errors);
        int width = end - from;
        int[] previous = new int[width + 1];
        int[] current = new int[width + 1];
        for (int j = 0; j <= width; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            char p = pattern.charAt(m - i);
            current[0] = i;
            for (int j = 1; j <= width; j++) {
                int cost = text.charAt(end - j) == p ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = 0;
        for (int j = 1; j <= width; j++) {
            if (previous[j] < previous[best] || previous[j] == previous[best] && Math.abs(j - m) < Math.abs(best - m)) {
                best = j;
            }
        }
        return new Match(end - best, end, previous[best]);
    }

    /** Levenshtein distance of two short strings (prefixes and suffixes), for ranking candidates. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

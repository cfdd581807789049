package org.parallax.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the couples of passages worth a reviewer's look in two accounts, without comparing every sentence
 * with every other: for each passage on the left, the right passages that share its terms (through an
 * inverted index, the strongest overlaps first) and the most evaluative right passages of the opposite
 * sense. The scorer rates those; the best come first, no passage more than twice, so that one loaded
 * sentence does not fill the list.
 */
final class Suggester {

    /** Right passages per left passage taken for their shared terms. */
    static final int BY_TERMS = 40;
    /** Right passages of the opposite sense per left passage, for contradictions in other words. */
    static final int BY_TONE = 25;

    static final int PER_PASSAGE = 2;
    private static final double FLOOR = 0.05;

    private final ContradictionScorer scorer;
    private final Lexicon lexicon;

    Suggester(ContradictionScorer scorer, Lexicon lexicon) {
        this.scorer = scorer;
        this.lexicon = lexicon;
    }

    List<Suggestion> suggest(List<Passage> left, List<Passage> right, Predicate<Suggestion> excluded, int limit) {
        List<Reading> lefts = left.stream().map(p -> new Reading(p, lexicon)).toList();
        List<Reading> rights = right.stream().map(p -> new Reading(p, lexicon)).toList();
        List<Reading> all = new ArrayList<>(lefts);
        all.addAll(rights);
        Reading.weigh(all);

        Map<String, List<Integer>> postings = new HashMap<>();
        for (int j = 0; j < rights.size(); j++) {
            for (String t : rights.get(j).terms.keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(j);
            }
        }
        List<Integer> positive = byTone(rights, 1);
        List<Integer> negative = byTone(rights, -1);

        List<Suggestion> found = new ArrayList<>();
        double[] overlap = new double[rights.size()];
        for (Reading l : lefts) {
            List<Integer> touched = new ArrayList<>();
            for (String t : l.terms.keySet()) {
                double w = l.weight(t) * l.weight(t);
                for (int j : postings.getOrDefault(t, List.of())) {
                    if (overlap[j] == 0) {
                        touched.add(j);
                    }
                    overlap[j] += w;
                }
            }
            touched.sort(Comparator.comparingDouble((Integer j) -> overlap[j]).reversed());
            Set<Integer> candidates = new HashSet<>(touched.subList(0, Math.min(BY_TERMS, touched.size())));
            touched.forEach(j -> overlap[j] = 0);
            if (l.polarity != 0) {
                List<Integer> opposite = l.polarity > 0 ? negative : positive;
                candidates.addAll(opposite.subList(0, Math.min(BY_TONE, opposite.size())));
            }
            for (int j : candidates) {
                Assessment a = scorer.assess(l, rights.get(j));
                if (a.score() >= FLOOR) {
                    found.add(new Suggestion(l.passage, rights.get(j).passage, a.score(), a.reasons()));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        Map<Passage, Integer> uses = new HashMap<>();
        List<Suggestion> best = new ArrayList<>();
        for (Suggestion s : found) {
            if (best.size() == limit) {
                break;
            }
            if (uses.getOrDefault(s.left(), 0) >= PER_PASSAGE
                    || uses.getOrDefault(s.right(), 0) >= PER_PASSAGE
                    || excluded.test(s)) {
                continue;
            }
            uses.merge(s.left(), 1, Integer::sum);
            uses.merge(s.right(), 1, Integer::sum);
            best.add(s);
        }
        return best;
    }

    /** The passages of one sense, the most evaluative first. */
    private static List<Integer> byTone(List<Reading> readings, int sign) {
        List<Integer> indexes = new ArrayList<>();
        for (int j = 0; j < readings.size(); j++) {
            if (Integer.signum(readings.get(j).polarity) == sign) {
                indexes.add(j);
            }
        }
        indexes.sort(Comparator.comparingInt((Integer j) -> Math.abs(readings.get(j).polarity))
                .reversed());
        return indexes;
    }
}

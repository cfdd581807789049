package org.parallax.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the suggestions find the labelled contradictions: for each meeting the top 10 suggestions between
 * its two accounts (sentences, no claims), precision at 5 and 10 (relevant = labelled contradicts or partly;
 * an unlabelled couple counts as unrelated) and recall at 10; averaged over the meetings of a split. Also the
 * share of (relevant, not relevant) labelled couples the scorer orders rightly.
 */
final class SuggestionQuality {

    record Figures(
            int meetings, int couples, double precisionAt5, double precisionAt10, double recallAt10, double ordered) {

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-9s %d meetings, %3d labelled couples: precision@5 %.2f, precision@10 %.2f, recall@10 %.2f,"
                            + " pairs ordered rightly %.2f",
                    name,
                    meetings,
                    couples,
                    precisionAt5,
                    precisionAt10,
                    recallAt10,
                    ordered);
        }
    }

    private SuggestionQuality() {}

    /** For tuning: each tuning meeting's top 10 with their labels, and the relevant couples missed. */
    static void explain(List<LabelledSet.Meeting> meetings) {
        Lexicon lexicon = Lexicon.load();
        Suggester suggester = new Suggester(new LexiconScorer(), lexicon);
        for (LabelledSet.Meeting m : meetings) {
            if (m.heldOut()) {
                throw new IllegalArgumentException("Held-out meetings are not for tuning");
            }
            List<Passage> left = LabelledSet.Meeting.passages(1, m.left());
            List<Passage> right = LabelledSet.Meeting.passages(2, m.right());
            System.out.println("== " + m.title());
            List<String> found = new ArrayList<>();
            for (Suggestion s : suggester.suggest(left, right, x -> false, 10)) {
                int l = left.indexOf(s.left()) + 1;
                int r = right.indexOf(s.right()) + 1;
                found.add(l + " " + r);
                System.out.printf(
                        Locale.ROOT, "  %.2f %2d %2d %-11s %s%n", s.score(), l, r, m.labelOf(l, r), s.reasons());
            }
            m.couples().stream()
                    .filter(c -> c.label().relevant() && !found.contains(c.left() + " " + c.right()))
                    .forEach(c -> System.out.println("  missed " + c.left() + " " + c.right() + " " + c.label()));
        }
    }

    static Figures measure(List<LabelledSet.Meeting> meetings) {
        Lexicon lexicon = Lexicon.load();
        LexiconScorer scorer = new LexiconScorer();
        Suggester suggester = new Suggester(scorer, lexicon);
        double p5 = 0;
        double p10 = 0;
        double r10 = 0;
        long rightly = 0;
        long compared = 0;
        int couples = 0;
        for (LabelledSet.Meeting m : meetings) {
            List<Passage> left = LabelledSet.Meeting.passages(1, m.left());
            List<Passage> right = LabelledSet.Meeting.passages(2, m.right());
            List<Suggestion> top = suggester.suggest(left, right, s -> false, 10);
            int hits5 = 0;
            int hits10 = 0;
            for (int i = 0; i < top.size(); i++) {
                Suggestion s = top.get(i);
                boolean relevant = m.labelOf(left.indexOf(s.left()) + 1, right.indexOf(s.right()) + 1)
                        .relevant();
                if (relevant && i < 5) {
                    hits5++;
                }
                if (relevant) {
                    hits10++;
                }
            }
            p5 += hits5 / 5.0;
            p10 += hits10 / 10.0;
            r10 += m.relevantCount() == 0 ? 1 : hits10 / (double) m.relevantCount();
            couples += m.couples().size();

            List<Double> relevant = new ArrayList<>();
            List<Double> other = new ArrayList<>();
            List<Reading> lefts =
                    left.stream().map(p -> new Reading(p, lexicon)).toList();
            List<Reading> rights =
                    right.stream().map(p -> new Reading(p, lexicon)).toList();
            List<Reading> all = new ArrayList<>(lefts);
            all.addAll(rights);
            Reading.weigh(all);
            for (LabelledSet.Couple c : m.couples()) {
                double score = scorer.assess(lefts.get(c.left() - 1), rights.get(c.right() - 1))
                        .score();
                (c.label().relevant() ? relevant : other).add(score);
            }
            for (double a : relevant) {
                for (double b : other) {
                    compared++;
                    if (a > b) {
                        rightly++;
                    }
                }
            }
        }
        int n = meetings.size();
        return new Figures(n, couples, p5 / n, p10 / n, r10 / n, compared == 0 ? 0 : rightly / (double) compared);
    }
}

package org.parallax.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The project's own scorer: two passages are likely to contradict each other when they speak of the same
 * thing (shared rare terms, names, numbers: cosine of their weighted terms) and something sets them against
 * each other: evaluative words of opposite sense (progress against regret), a negation on one side only,
 * different numbers, a demand on one side and a rejection on the other. Deterministic, offline, explainable:
 * every part of the score is a reason shown to the reviewer.
 */
@Component
class LexiconScorer implements ContradictionScorer {

    /** Weights of the opposing cues; set on the tuning part of the labelled set (docs/suggestions.md). */
    static final double POLARITY = 0.55;

    static final double POLARITY_STRENGTH = 0.12;
    static final double NEGATION = 0.45;
    static final double NUMBERS = 0.4;
    static final double DEMAND_REJECTION = 0.5;
    static final double REJECTION = 0.35;
    /** How much of the score needs the two to share a topic: the rest comes from opposition alone. */
    static final double TOPIC_SHARE = 0.85;

    private static final int SHOWN_TERMS = 4;

    @Override
    public Assessment assess(Reading left, Reading right) {
        List<String> shared = Reading.shared(left, right);
        double related = cosine(left, right, shared);
        List<Reason> reasons = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(left.names);
        names.retainAll(right.names);
        if (!names.isEmpty()) {
            reasons.add(Reason.shares("both name " + quoted(left, names.stream().toList())));
        }
        List<String> topics = shared.stream().filter(t -> !names.contains(t)).toList();
        if (!topics.isEmpty()) {
            reasons.add(Reason.shares("both speak of " + quoted(left, topics)));
        }
        Set<String> numbers = new LinkedHashSet<>(left.numbers);
        numbers.retainAll(right.numbers);
        if (!numbers.isEmpty()) {
            reasons.add(Reason.shares("both give " + String.join(", ", numbers)));
        }

        double opposed = 0;
        if (left.polarity * right.polarity < 0) {
            Reading positive = left.polarity > 0 ? left : right;
            Reading negative = left.polarity > 0 ? right : left;
            double strength = Math.min(Math.abs(left.polarity), Math.abs(right.polarity));
            opposed += POLARITY + POLARITY_STRENGTH * Math.min(strength, 5);
            reasons.add(Reason.opposes(
                    "“" + positive.strongest(1) + "” (positive) against “" + negative.strongest(-1) + "” (negative)"));
        }
        if (left.negated != right.negated && !shared.isEmpty()) {
            opposed += NEGATION;
            reasons.add(Reason.opposes("only one says “" + (left.negated ? left.negation : right.negation) + "”"));
        }
        if (!left.numbers.isEmpty() && !right.numbers.isEmpty() && numbers.isEmpty() && !shared.isEmpty()) {
            opposed += NUMBERS;
            reasons.add(Reason.opposes("different numbers: " + String.join(", ", left.numbers) + " against "
                    + String.join(", ", right.numbers)));
        }
        boolean oneRejects = (left.rejection == null) != (right.rejection == null);
        if (left.demand != null && right.rejection != null) {
            opposed += DEMAND_REJECTION;
            reasons.add(Reason.opposes("“" + left.demand + "” on one side, “" + right.rejection + "” on the other"));
        } else if (right.demand != null && left.rejection != null) {
            opposed += DEMAND_REJECTION;
            reasons.add(Reason.opposes("“" + right.demand + "” on one side, “" + left.rejection + "” on the other"));
        } else if (oneRejects && !shared.isEmpty()) {
            opposed += REJECTION;
            reasons.add(Reason.opposes(
                    "only one says “" + (left.rejection != null ? left.rejection : right.rejection) + "”"));
        }
        if (opposed == 0) {
            return new Assessment(0, reasons);
        }
        double topic = Math.min(1, 2 * related);
        double score = ((1 - TOPIC_SHARE) + TOPIC_SHARE * topic) * (1 - Math.exp(-1.5 * opposed));
        return new Assessment(score, List.copyOf(reasons));
    }

    /** The rarest terms first, as the left passage writes them. */
    private static String quoted(Reading left, List<String> terms) {
        return terms.stream()
                .sorted(Comparator.comparingDouble(left::weight).reversed())
                .map(t -> "“" + left.terms.get(t) + "”")
                .distinct()
                .limit(SHOWN_TERMS)
                .collect(Collectors.joining(", "));
    }

    private static double cosine(Reading left, Reading right, List<String> shared) {
        if (shared.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (String t : shared) {
            dot += left.weight(t) * right.weight(t);
        }
        return dot / (left.norm() * right.norm());
    }
}

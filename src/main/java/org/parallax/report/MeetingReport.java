package org.parallax.report;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.account.AccountSummary;
import org.parallax.agreement.RoundSummary;
import org.parallax.meeting.MeetingSummary;
import org.parallax.pairing.Relation;

/**
 * Everything one meeting's report shows, read once and handed to each format: the pairs the options ask
 * for and the omission ledger (claims marked as having no counterpart).
 */
public record MeetingReport(
        MeetingSummary meeting,
        List<AccountSummary> accounts,
        List<ReportPair> pairs,
        List<Omission> omissions,
        List<RoundSummary> rounds,
        ReportOptions options,
        OffsetDateTime generatedAt) {

    /** "settled in agreement round 2", or null for a pair no round settled. */
    public String provenance(ReportPair pair) {
        return pair.settledRoundId() == null
                ? null
                : rounds.stream()
                        .filter(r -> r.roundId() == pair.settledRoundId())
                        .findFirst()
                        .map(r -> "settled in agreement round " + r.number())
                        .orElse(null);
    }

    /** Per account, its claims in the pairs this report includes or in its omission ledger. */
    public List<AccountCoverage> coverage() {
        Map<Long, Set<Long>> covered = new HashMap<>();
        for (ReportPair p : pairs) {
            covered.computeIfAbsent(p.left().accountId(), a -> new HashSet<>())
                    .add(p.left().id());
            covered.computeIfAbsent(p.right().accountId(), a -> new HashSet<>())
                    .add(p.right().id());
        }
        omissions.forEach(o -> covered.computeIfAbsent(o.claim().accountId(), a -> new HashSet<>())
                .add(o.claim().id()));
        return accounts.stream()
                .map(a -> new AccountCoverage(
                        a, covered.getOrDefault(a.id(), Set.of()).size()))
                .toList();
    }

    /** What coverage counts, said plainly (it follows the report's options). */
    public String coverageBasis() {
        return "Coverage: the share of an account's claims that are in the "
                + (options.allPairs() ? "pairs" : "approved pairs")
                + " this report includes or are marked as having no counterpart in the other accounts.";
    }

    /** Pairs per relation, in the order contradicts, partly contradicts, consistent (zeros kept). */
    public Map<Relation, Integer> byRelation() {
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        for (Relation relation : Relation.values()) {
            counts.put(relation, 0);
        }
        pairs.forEach(p -> counts.merge(p.relation(), 1, Integer::sum));
        return counts;
    }

    /** Pairs per topic, alphabetically; pairs without a topic count under "(no topic)". */
    public Map<String, Integer> byTopic() {
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        pairs.forEach(p -> counts.merge(p.topic() == null ? NO_TOPIC : p.topic(), 1, Integer::sum));
        return counts;
    }

    public static final String NO_TOPIC = "(no topic)";
}

package org.parallax.report;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.account.AccountSummary;
import org.parallax.meeting.MeetingSummary;

/** Everything one meeting's report shows, read once and handed to each format. */
public record MeetingReport(MeetingSummary meeting, List<AccountSummary> accounts, List<ReportPair> pairs,
                            ReportOptions options, OffsetDateTime generatedAt) {

    /** Pairs per relation, in the order contradicts, partly contradicts, consistent (zeros kept). */
    public Map<String, Integer> byRelation() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String relation : List.of("CONTRADICTS", "PARTLY_CONTRADICTS", "CONSISTENT")) {
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

package org.parallax.report;

import java.util.Set;

/**
 * What a report holds: approved pairs only (the default) or all pairs with their status shown, and
 * optionally only pairs that involve one of some parties or that carry one topic.
 *
 * @param allPairs include pairs that are not approved, their status clearly marked
 * @param parties  party codes; empty means every party
 * @param topic    a pair topic (case-insensitive); null means every topic
 */
public record ReportOptions(boolean allPairs, Set<String> parties, String topic) {

    public ReportOptions {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        topic = topic == null || topic.isBlank() ? null : topic.strip();
    }

    public static ReportOptions approvedOnly() {
        return new ReportOptions(false, Set.of(), null);
    }
}

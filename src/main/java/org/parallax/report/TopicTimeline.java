package org.parallax.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.parallax.base.PairStatus;
import org.parallax.pairing.Relation;

/**
 * One topic across meetings, in the order they took place: each meeting's claims on the topic by party,
 * and the pairs between them (approved only, unless asked for all).
 */
public record TopicTimeline(String topic, boolean allPairs, List<Meeting> meetings, OffsetDateTime generatedAt) {

    public record Meeting(long id, String title, LocalDate startsOn, List<Claim> claims, List<Pair> pairs) {}

    public record Claim(
            long id,
            long meetingId,
            String partyCode,
            String partyName,
            String partyColour,
            String quote,
            String saidBy,
            String accountTitle,
            LocalDate publishedOn) {}

    public record Pair(
            long id,
            long meetingId,
            long leftClaimId,
            long rightClaimId,
            Relation relation,
            PairStatus status,
            String rationale) {}

    /** The parties that speak on the topic anywhere in the timeline, by code. */
    public List<String> parties() {
        return meetings.stream()
                .flatMap(m -> m.claims().stream())
                .map(Claim::partyCode)
                .distinct()
                .sorted()
                .toList();
    }
}

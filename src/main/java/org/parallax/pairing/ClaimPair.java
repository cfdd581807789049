package org.parallax.pairing;

import java.time.OffsetDateTime;

/** A claim pair with both quotes, as lists and queues show it. */
public record ClaimPair(long id, long meetingId, long leftClaimId, String leftQuote, String leftParty,
                        long rightClaimId, String rightQuote, String rightParty, String relation, String rationale,
                        String topic, String status, long authorId, String author, OffsetDateTime updatedAt,
                        int version) {
}

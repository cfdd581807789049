package org.parallax.pairing;

import java.time.OffsetDateTime;
import org.parallax.base.PairStatus;

/**
 * A claim pair with both quotes, as lists and queues show it. {@code rereviewReason} says what changed
 * when an approval's seal broke and the pair went back to the review queue (null otherwise).
 */
public record ClaimPair(
        long id,
        long meetingId,
        long leftClaimId,
        String leftQuote,
        String leftParty,
        long rightClaimId,
        String rightQuote,
        String rightParty,
        Relation relation,
        String rationale,
        String topic,
        PairStatus status,
        long authorId,
        String author,
        OffsetDateTime updatedAt,
        int version,
        String rereviewReason) {

    /** "draft", "approved", "needs re-review" … */
    public String statusLabel() {
        return rereviewReason != null ? "needs re-review" : status.label();
    }
}

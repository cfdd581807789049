package org.parallax.agreement;

import java.time.OffsetDateTime;

/** An editor's request that a second reviewer pair a meeting blind, to compare with the first's pairs. */
public record AgreementRound(
        long id,
        long meetingId,
        long firstReviewerId,
        String firstReviewer,
        long secondReviewerId,
        String secondReviewer,
        OffsetDateTime requestedAt,
        OffsetDateTime settledAt) {

    public boolean open() {
        return settledAt == null;
    }
}

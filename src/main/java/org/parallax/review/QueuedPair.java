package org.parallax.review;

import java.time.OffsetDateTime;

/** A submitted pair waiting for an editor's decision. */
public record QueuedPair(
        long pairId,
        long meetingId,
        String meetingTitle,
        String leftParty,
        String leftQuote,
        String rightParty,
        String rightQuote,
        String relation,
        String topic,
        String author,
        OffsetDateTime submittedAt) {}

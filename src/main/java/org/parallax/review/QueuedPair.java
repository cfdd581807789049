package org.parallax.review;

import java.time.OffsetDateTime;
import org.parallax.pairing.Relation;

/** A submitted pair waiting for an editor's decision. */
public record QueuedPair(
        long pairId,
        long meetingId,
        String meetingTitle,
        String leftParty,
        String leftQuote,
        String rightParty,
        String rightQuote,
        Relation relation,
        String topic,
        String author,
        OffsetDateTime submittedAt) {}

package org.parallax.review;

import java.time.OffsetDateTime;

/** One editor's decision on a pair; an approval is voided when the pair is reopened. */
public record ReviewRecord(
        long id,
        long pairId,
        String editor,
        Decision decision,
        String note,
        String contentHash,
        OffsetDateTime decidedAt,
        OffsetDateTime voidedAt,
        String voidReason) {}

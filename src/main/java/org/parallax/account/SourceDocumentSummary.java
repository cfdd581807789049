package org.parallax.account;

import java.time.OffsetDateTime;

public record SourceDocumentSummary(
        long id,
        long meetingId,
        String title,
        String originalFilename,
        int textLength,
        int excerptCount,
        OffsetDateTime importedAt) {}

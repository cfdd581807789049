package org.parallax.account;

import java.time.OffsetDateTime;

/** An imported document from which accounts are excerpted (a news article quoting both sides, say). */
public record SourceDocument(
        long id, long meetingId, String title, String originalFilename, String text, OffsetDateTime importedAt) {}

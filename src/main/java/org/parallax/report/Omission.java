package org.parallax.report;

import java.time.OffsetDateTime;

/** A claim a reviewer marked as having no counterpart in the other accounts: the report's omission ledger. */
public record Omission(ReportClaim claim, String note, String markedBy, OffsetDateTime markedAt) {}

package org.parallax.account;

import java.time.LocalDate;

/**
 * An account with the work done on it. Coverage is the share of its claims that are paired or marked
 * "no counterpart".
 */
public record AccountSummary(
        long id,
        long meetingId,
        String partyCode,
        String partyName,
        String partyColour,
        String title,
        String speaker,
        String publisher,
        String sourceUrl,
        LocalDate publishedOn,
        String language,
        AccountKind kind,
        int revisionNo,
        int textLength,
        Long sourceDocumentId,
        int claimCount,
        int coveredClaimCount,
        int pairCount,
        int version,
        long createdBy) {

    public double coverage() {
        return claimCount == 0 ? 0 : (double) coveredClaimCount / claimCount;
    }
}

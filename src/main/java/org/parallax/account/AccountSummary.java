package org.parallax.account;

import java.time.LocalDate;
import org.parallax.base.Texts;

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

    /** "1 of 3 claims paired or without counterpart": what the coverage counts, in words. */
    public String coverageText() {
        return coveredClaimCount + " of " + Texts.count(claimCount, "claim") + " paired or without counterpart";
    }

    public double coverage() {
        return claimCount == 0 ? 0 : (double) coveredClaimCount / claimCount;
    }
}

package org.parallax.report;

import java.time.LocalDate;
import org.parallax.claim.ClaimKind;

/**
 * One side of a reported pair: the claim with its anchor (UTF-16 offsets into its revision's text, quote,
 * prefix, suffix) and the account it comes from.
 */
public record ReportClaim(
        long id,
        long accountId,
        long revisionId,
        String partyCode,
        String partyName,
        String partyColour,
        String quote,
        String prefix,
        String suffix,
        int start,
        int end,
        String speaker,
        String topic,
        ClaimKind kind,
        String accountTitle,
        String publisher,
        String sourceUrl,
        LocalDate publishedOn,
        String language) {

    /** Who made the claim: its speaker, else the account's, else the party. */
    public String saidBy() {
        return speaker != null ? speaker : partyName;
    }
}

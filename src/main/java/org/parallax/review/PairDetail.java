package org.parallax.review;

import java.util.List;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;

/**
 * A pair as an editor weighs it: both quotes in context (the sentences around them, with the quote's
 * place inside), the evidence and the decisions so far.
 */
public record PairDetail(
        ClaimPair pair,
        QuoteInContext left,
        QuoteInContext right,
        List<NewEvidence> evidence,
        List<ReviewRecord> reviews) {

    /** {@code before + quote + after} is a stretch of the account's text. */
    public record QuoteInContext(String before, String quote, String after) {}
}

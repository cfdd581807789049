package org.parallax.claim;

import java.util.List;
import org.parallax.base.PairStatus;

/**
 * What deleting claims takes with it, for the person to confirm first: the claims and every pair holding
 * one of them (those the person may see). {@link #refusal} says why it cannot be done, or is null when it
 * can.
 */
public record ClaimRemoval(List<Long> claimIds, List<Pairing> pairs, String refusal) {

    /** A pair that holds one of the claims. */
    public record Pairing(long pairId, PairStatus status, long authorId, String authorName) {}

    public boolean allowed() {
        return refusal == null;
    }
}

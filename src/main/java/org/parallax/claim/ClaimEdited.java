package org.parallax.claim;

import java.util.List;

/**
 * Published inside the transaction that edited a claim: an approval of a pair holding it no longer
 * covers what the claim says now, so that pair goes back to review.
 */
public record ClaimEdited(long meetingId, long claimId, List<String> changed) {}

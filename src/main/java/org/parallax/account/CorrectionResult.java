package org.parallax.account;

import java.util.List;
import org.parallax.claim.FlaggedClaim;

/**
 * A corrected text: its new revision, the claims moved with it (ids), and those a person must look at,
 * each with its candidate places in the new text.
 */
public record CorrectionResult(AccountSummary account, List<Long> reanchored, List<FlaggedClaim> needAttention) {}

package org.parallax.account;

import java.util.List;
import org.parallax.claim.Claim;

/** A corrected text: its new revision, the claims moved with it, and those a person must look at. */
public record CorrectionResult(AccountSummary account, int reanchored, List<Claim> needAttention) {}

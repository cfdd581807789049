package org.parallax.claim;

import java.util.List;

/** The claims moved to a new revision exactly, and those left for a person, with their candidates. */
public record ReanchorResult(List<Long> reanchored, List<FlaggedClaim> needAttention) {}

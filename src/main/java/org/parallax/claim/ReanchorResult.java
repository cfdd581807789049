package org.parallax.claim;

import java.util.List;

/** Claims moved to a new revision exactly, and the ones left for a person to look at. */
public record ReanchorResult(int reanchored, List<Claim> needAttention) {}

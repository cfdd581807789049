package org.parallax.claim;

import java.util.List;

/** A claim that lost its place after a text correction, with where it may belong now, most similar first. */
public record FlaggedClaim(Claim claim, List<AnchorCandidate> candidates) {}

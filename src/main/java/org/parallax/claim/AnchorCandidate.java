package org.parallax.claim;

/**
 * A place in an account's current text where a claim that lost its place may belong: the span, its text,
 * and how similar quote and context are to the claim's (1 is identical), for a person to accept or not.
 */
public record AnchorCandidate(int start, int end, String quote, double similarity) {}

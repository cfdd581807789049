package org.parallax.suggestion;

/**
 * A stretch of an account's current text that a suggestion may point at: an existing claim ({@code claimId}
 * set) or a sentence no claim covers. Offsets are UTF-16 code units; {@code text} is exactly the span.
 */
public record Passage(long accountId, Long claimId, int start, int end, String text) {}

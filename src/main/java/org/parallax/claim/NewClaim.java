package org.parallax.claim;

/**
 * A span of an account's current text to mark as a claim. Offsets are UTF-16 code units, as the browser
 * reports them; {@code quote}, when given, must be exactly the text at those offsets.
 */
public record NewClaim(
        long accountId, int start, int end, String quote, String speaker, String topic, ClaimKind kind) {}

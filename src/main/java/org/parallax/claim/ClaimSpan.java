package org.parallax.claim;

/** Where a claim sits in its account's text, and no more: what a comparison column needs to draw it. */
public record ClaimSpan(long id, long accountId, int start, int end, boolean noCounterpart) {}

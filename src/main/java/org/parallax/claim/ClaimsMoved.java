package org.parallax.claim;

/**
 * Published inside a text correction's transaction after the account's claims were moved onto the new
 * revision or flagged: whatever was approved about them must be checked again.
 */
public record ClaimsMoved(long meetingId, long accountId) {}

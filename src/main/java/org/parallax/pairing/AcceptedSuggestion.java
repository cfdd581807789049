package org.parallax.pairing;

/** What accepting a suggestion made: its two claims and the draft pair (null for a blind reviewer's round). */
public record AcceptedSuggestion(long leftClaimId, long rightClaimId, ClaimPair pair) {}

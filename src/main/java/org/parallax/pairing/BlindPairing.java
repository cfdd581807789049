package org.parallax.pairing;

/** A reviewer pairing a meeting blind: the agreement round their pairs go to, and how many they made so far. */
public record BlindPairing(long roundId, int blindPairs) {}

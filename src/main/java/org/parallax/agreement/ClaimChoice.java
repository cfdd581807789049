package org.parallax.agreement;

/** A claim the second reviewer can pair blind: its party and quote, nothing of anyone's pairs. */
public record ClaimChoice(long id, String party, String quote) {
}

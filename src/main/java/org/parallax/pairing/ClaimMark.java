package org.parallax.pairing;

/**
 * A claim as the comparison screen draws it. {@code state}: unpaired, paired, approved or
 * no-counterpart; {@code relation}: that of its pair, lower case, or null.
 */
public record ClaimMark(long id, int start, int end, String quote, String state, String relation, String speaker,
                        String topic, String kind, int version) {
}

package org.parallax.pairing;

import java.util.List;

/**
 * A claim as a comparison column draws it: where it sits, its state (unpaired, paired, approved or
 * no-counterpart), the relation of its pair (lower case, or null) and the claims it is paired with.
 * No text: the column has the account's text already.
 */
public record ClaimMark(long id, int start, int end, String state, String relation, List<Long> partners) {}

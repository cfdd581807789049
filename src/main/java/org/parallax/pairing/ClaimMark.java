package org.parallax.pairing;

import java.util.List;

/**
 * A claim as a comparison column draws it: where it sits, its highlight, the relation of the pair shown
 * (null when unpaired) and the claims it is paired with.
 * No text: the column has the account's text already.
 */
public record ClaimMark(long id, int start, int end, HighlightState state, Relation relation, List<Long> partners) {}

package org.parallax.pairing;

import org.parallax.base.PairStatus;

/**
 * Narrows a meeting's pair list; a null part does not narrow. {@code party} is a party code on either
 * side, {@code topic} the pair's topic (case ignored).
 */
public record PairFilter(Relation relation, PairStatus status, String party, String topic) {

    public static final PairFilter ALL = new PairFilter(null, null, null, null);
}

package org.parallax.pairing;

import org.parallax.base.Token;

/** How a claim is highlighted in the comparison: not yet paired, paired, in an approved pair, or without counterpart. */
public enum HighlightState implements Token {
    UNPAIRED,
    PAIRED,
    APPROVED,
    NO_COUNTERPART;

    public boolean paired() {
        return this == PAIRED || this == APPROVED;
    }
}

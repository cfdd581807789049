package org.parallax.pairing;

import org.parallax.claim.Claim;

/** A claim someone picked in a comparison column, with its state as the highlights show it. */
public record ChosenClaim(Claim claim, HighlightState state, Relation relation) {

    public boolean paired() {
        return state.paired();
    }
}

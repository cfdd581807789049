package org.parallax.claim;

import java.util.Locale;

/** What a claim does: states a fact, characterises, commits, demands. */
public enum ClaimKind {
    FACT,
    CHARACTERISATION,
    COMMITMENT,
    DEMAND;

    /** "characterisation": the one spelling in JSON and the API. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}

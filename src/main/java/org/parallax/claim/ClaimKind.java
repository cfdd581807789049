package org.parallax.claim;

import java.util.Locale;
import org.parallax.base.Token;

/** What a claim does: states a fact, characterises, commits, demands. */
public enum ClaimKind implements Token {
    FACT,
    CHARACTERISATION,
    COMMITMENT,
    DEMAND;

    /** "Fact", "Characterisation": how the screens name it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}

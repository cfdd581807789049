package org.parallax.claim;

import org.parallax.base.Token;

/** What a claim does: states a fact, characterises, commits, demands. */
public enum ClaimKind implements Token {
    FACT,
    CHARACTERISATION,
    COMMITMENT,
    DEMAND;
}

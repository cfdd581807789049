package org.parallax.claim;

public enum ClaimKind {
    FACT,
    CHARACTERISATION,
    COMMITMENT,
    DEMAND
}

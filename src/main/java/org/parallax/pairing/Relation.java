package org.parallax.pairing;

import org.parallax.base.Token;

public enum Relation implements Token {
    CONTRADICTS("contradicts"),
    PARTLY_CONTRADICTS("partly contradicts"),
    CONSISTENT("consistent");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** "partly contradicts", for people. */
    public String label() {
        return label;
    }
}

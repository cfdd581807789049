package org.parallax.pairing;

import java.util.Locale;

public enum Relation {
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

    /** "partly_contradicts": the one spelling in JSON, CSV, the API and the screens' CSS classes. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}

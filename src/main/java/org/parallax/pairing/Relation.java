package org.parallax.pairing;

public enum Relation {
    CONTRADICTS("contradicts"),
    PARTLY_CONTRADICTS("partly contradicts"),
    CONSISTENT("consistent");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

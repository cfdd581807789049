package org.parallax.preference;

/** Where the comparison shows the meeting's pairs: under the two texts, or in a column beside them. */
public enum PairsPlacement {
    BELOW("below", "Pairs below"),
    BESIDE("beside", "Pairs beside");

    private final String token;
    private final String label;

    PairsPlacement(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** The value the database keeps and the stylesheet reads (data-pairs="below"). */
    public String token() {
        return token;
    }

    public String label() {
        return label;
    }

    static PairsPlacement ofToken(String token) {
        for (PairsPlacement placement : values()) {
            if (placement.token.equals(token)) {
                return placement;
            }
        }
        return BELOW;
    }
}

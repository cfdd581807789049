package org.parallax.search;

import org.parallax.base.Token;

/** What a search hit is. */
public enum SearchKind implements Token {
    MEETING("Meeting"),
    ACCOUNT("Account text"),
    CLAIM("Claim"),
    PAIR("Pair"),
    COMMENT("Comment");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

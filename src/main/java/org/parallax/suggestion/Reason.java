package org.parallax.suggestion;

import org.parallax.base.Token;

/** Why a suggestion was made: something both passages share, or something that sets them against each other. */
public record Reason(Kind kind, String text) {

    public enum Kind implements Token {
        SHARES,
        OPPOSES
    }

    static Reason shares(String text) {
        return new Reason(Kind.SHARES, text);
    }

    static Reason opposes(String text) {
        return new Reason(Kind.OPPOSES, text);
    }
}

package org.parallax.base;

import java.util.Locale;

/** Where a claim pair stands in review; the database's {@code claim_pair.status} holds the names. */
public enum PairStatus implements Token {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED;

    /** A status in which the author may still change the pair. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** "draft", "changes requested" … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

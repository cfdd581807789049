package org.parallax.base;

import java.util.Locale;

/** Where a claim pair stands in review; the database's {@code claim_pair.status} holds the names. */
public enum PairStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED;

    /** "changes_requested": the one spelling in JSON, CSV and the API. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status in which the author may still change the pair. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** "draft", "changes requested" … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

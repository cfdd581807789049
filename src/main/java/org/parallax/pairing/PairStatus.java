package org.parallax.pairing;

import java.util.Locale;

/** Where a claim pair stands in review; the database's {@code claim_pair.status} holds the names. */
public enum PairStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED;

    /** "draft", "changes requested" … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

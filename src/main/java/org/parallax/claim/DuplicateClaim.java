package org.parallax.claim;

import org.parallax.base.ConflictException;

/** The span is a claim already: the screens choose that claim instead. */
public class DuplicateClaim extends ConflictException {

    private final long existingId;

    DuplicateClaim(long existingId) {
        super("This text is marked as a claim already (claim " + existingId + "); choose that claim instead.");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}

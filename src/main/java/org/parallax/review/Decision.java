package org.parallax.review;

import org.parallax.base.PairStatus;

/** What an editor decides on a submitted pair, and the status it gives the pair. */
public enum Decision {
    APPROVE(PairStatus.APPROVED),
    REJECT(PairStatus.REJECTED),
    REQUEST_CHANGES(PairStatus.CHANGES_REQUESTED);

    private final PairStatus resultingStatus;

    Decision(PairStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public PairStatus resultingStatus() {
        return resultingStatus;
    }

    public boolean needsNote() {
        return this != APPROVE;
    }
}

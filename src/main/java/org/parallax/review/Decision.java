package org.parallax.review;

/** What an editor decides on a submitted pair, and the status it gives the pair. */
public enum Decision {
    APPROVE("APPROVED"),
    REJECT("REJECTED"),
    REQUEST_CHANGES("CHANGES_REQUESTED");

    private final String resultingStatus;

    Decision(String resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public String resultingStatus() {
        return resultingStatus;
    }

    public boolean needsNote() {
        return this != APPROVE;
    }
}

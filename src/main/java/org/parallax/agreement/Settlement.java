package org.parallax.agreement;

/** The editor's word on a couple where the two reviewers differ: whose version becomes the meeting's pair. */
public enum Settlement {
    FIRST("keep the first reviewer's"),
    SECOND("keep the second reviewer's"),
    NEITHER("keep neither");

    private final String label;

    Settlement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.parallax.account;

/** Whether the text is the party's own statement or a report about one. */
public enum AccountKind {
    OFFICIAL_STATEMENT,
    REPORT
}

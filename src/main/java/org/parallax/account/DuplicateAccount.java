package org.parallax.account;

import org.parallax.base.ConflictException;

/** A second account with the same text in one meeting (a double click, an upload made twice). */
public class DuplicateAccount extends ConflictException {

    private final long existingId;

    DuplicateAccount(long existingId, String existingTitle) {
        super("This meeting already has an account with exactly this text: “" + existingTitle
                + "”. Nothing was added; open that account instead.");
        this.existingId = existingId;
    }

    /** The account that has the text already. */
    public long existingId() {
        return existingId;
    }
}

package org.parallax.account;

import org.parallax.base.FieldRefusal;

/**
 * An import that cannot be taken, with a message for the person who tried; nothing was saved. It concerns
 * the account's text (pasted, or read from the file).
 */
public class ImportRejected extends FieldRefusal {

    public ImportRejected(String message) {
        super("text", message);
    }

    public ImportRejected(String message, Throwable cause) {
        super("text", message);
        initCause(cause);
    }
}

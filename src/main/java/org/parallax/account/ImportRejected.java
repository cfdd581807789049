package org.parallax.account;

/** An import that cannot be taken, with a message for the person who tried; nothing was saved. */
public class ImportRejected extends IllegalArgumentException {

    public ImportRejected(String message) {
        super(message);
    }

    public ImportRejected(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.parallax.base;

/**
 * A change refused because of the state of what it would change (a meeting whose pairs went to review,
 * say), not because of who asks or what they sent: the API answers 409, the screens show the message.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

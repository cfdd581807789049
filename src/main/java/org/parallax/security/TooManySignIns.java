package org.parallax.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Sign-ins from this account or address are paused after too many failures. */
public class TooManySignIns extends LockedException {

    private final Duration retryAfter;

    TooManySignIns(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

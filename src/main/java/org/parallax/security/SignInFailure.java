package org.parallax.security;

import java.time.OffsetDateTime;

/**
 * A failed sign-in, as admins see them: which account was tried, from where, through which door, and
 * whether it used up the account's or the address's tries.
 */
public record SignInFailure(OffsetDateTime at, String username, String address, Via via, boolean locked) {

    /** The door a sign-in came through. */
    public enum Via {
        FORM("login page"),
        API("API token");

        private final String label;

        Via(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

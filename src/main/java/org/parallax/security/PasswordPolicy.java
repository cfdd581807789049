package org.parallax.security;

import java.nio.charset.StandardCharsets;

/** New passwords: at least 12 characters; at most 72 bytes, the most bcrypt can hash. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException with a message for the person choosing the password */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("The password is too long (at most " + MAX_BYTES + " bytes).");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("The password must not be blank.");
        }
    }
}

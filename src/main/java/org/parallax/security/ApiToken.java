package org.parallax.security;

import java.time.OffsetDateTime;

/** One of a person's API tokens as they see it in the app; the token itself is shown only when made. */
public record ApiToken(
        long id,
        String name,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt) {

    public boolean usable(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}

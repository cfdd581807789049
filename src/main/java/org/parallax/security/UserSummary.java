package org.parallax.security;

import java.time.OffsetDateTime;

/** A user as the admin list shows it. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String role,
        boolean enabled,
        OffsetDateTime createdAt,
        int version) {}

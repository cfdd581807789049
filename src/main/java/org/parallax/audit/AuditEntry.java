package org.parallax.audit;

import java.time.OffsetDateTime;

/**
 * One row of the history: who did what to which entity, and the entity before and after (JSON). {@code actor}
 * is the username, {@code actorName} the person's full name as the screens show it ("Parallax" for what the
 * system did by itself).
 */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String actorName,
        String action,
        String entityType,
        Long entityId,
        String before,
        String after) {}

package org.parallax.audit;

import java.time.OffsetDateTime;

/** One row of the history: who did what to which entity, and the entity before and after (JSON). */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String entityType,
        Long entityId,
        String before,
        String after) {}

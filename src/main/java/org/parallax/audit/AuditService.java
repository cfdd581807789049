package org.parallax.audit;

import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the append-only history. Called by the other services inside their own transaction
 * ({@link Propagation#MANDATORY}), so a change and its audit row commit or roll back together.
 */
@Service
public class AuditService {

    private final DSLContext db;
    private final JsonMapper json;

    private final SecurityContextHolderStrategy strategy;

    AuditService(DSLContext db, JsonMapper json, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.db = db;
        this.json = json;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Records that the signed-in user (or "system" at start-up) did {@code action} to an entity.
     *
     * @param before the entity before the change, {@code null} when it was created
     * @param after  the entity after the change, {@code null} when it was deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, Long meetingId, Object before, Object after) {
        String actor = currentActor();
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_ID, db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(actor)).<Long>asField())
                .set(AUDIT_EVENT.ACTOR_NAME, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.MEETING_ID, meetingId)
                .set(AUDIT_EVENT.BEFORE, toJson(before))
                .set(AUDIT_EVENT.AFTER, toJson(after))
                .execute();
    }

    private JSONB toJson(Object value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }

    private String currentActor() {
        Authentication auth = strategy.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}

package org.parallax.audit;

import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.AUDIT_EVENT;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.parallax.base.PairVisibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
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

    /** Rows per INSERT when many are recorded at once: well within PostgreSQL's bind-parameter limit. */
    private static final int BATCH = 500;

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
        insert(currentActor(), action, entityType, entityId, meetingId, before, after);
    }

    /** One entity's change among many alike (see {@link #recordAll}). */
    public record Change(long entityId, Object before, Object after) {}

    /**
     * Records that the signed-in user did the same {@code action} to many entities of a meeting, in as few
     * statements as possible: a text correction moves thousands of claims at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String entityType, Long meetingId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String actor = currentActor();
        Long actorId = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(actor))
                .fetchOptional(APP_USER.ID)
                .orElse(null);
        for (int from = 0; from < changes.size(); from += BATCH) {
            var insert = db.insertInto(
                    AUDIT_EVENT,
                    AUDIT_EVENT.ACTOR_ID,
                    AUDIT_EVENT.ACTOR_NAME,
                    AUDIT_EVENT.ACTION,
                    AUDIT_EVENT.ENTITY_TYPE,
                    AUDIT_EVENT.ENTITY_ID,
                    AUDIT_EVENT.MEETING_ID,
                    AUDIT_EVENT.BEFORE,
                    AUDIT_EVENT.AFTER);
            for (Change change : changes.subList(from, Math.min(changes.size(), from + BATCH))) {
                insert = insert.values(
                        actorId,
                        actor,
                        action,
                        entityType,
                        change.entityId(),
                        meetingId,
                        toJson(change.before()),
                        toJson(change.after()));
            }
            insert.execute();
        }
    }

    /**
     * Records what Parallax itself did (a check that found an approval's seal broken, say), whoever's
     * request happened to run the check.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(
            String action, String entityType, Long entityId, Long meetingId, Object before, Object after) {
        insert("system", action, entityType, entityId, meetingId, before, after);
    }

    private void insert(
            String actor,
            String action,
            String entityType,
            Long entityId,
            Long meetingId,
            Object before,
            Object after) {
        db.insertInto(AUDIT_EVENT)
                .set(
                        AUDIT_EVENT.ACTOR_ID,
                        db.select(APP_USER.ID)
                                .from(APP_USER)
                                .where(APP_USER.USERNAME.eq(actor))
                                .<Long>asField())
                .set(AUDIT_EVENT.ACTOR_NAME, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.MEETING_ID, meetingId)
                .set(AUDIT_EVENT.BEFORE, toJson(before))
                .set(AUDIT_EVENT.AFTER, toJson(after))
                .execute();
    }

    /**
     * The history of one entity (a pair, a claim, a meeting …), newest first. Read through the secured
     * HistoryService: like {@link #record}, only inside another service's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEntry> of(String entityType, long entityId, long viewerId) {
        return history(AUDIT_EVENT
                .ENTITY_TYPE
                .eq(entityType)
                .and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
                .and(PairVisibility.eventVisibleTo(AUDIT_EVENT, viewerId)));
    }

    /** Everything that happened in a meeting that the viewer may see, newest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEntry> ofMeeting(long meetingId, long viewerId) {
        return history(AUDIT_EVENT
                .MEETING_ID
                .eq(meetingId)
                .or(AUDIT_EVENT.ENTITY_TYPE.eq("meeting").and(AUDIT_EVENT.ENTITY_ID.eq(meetingId)))
                .and(PairVisibility.eventVisibleTo(AUDIT_EVENT, viewerId)));
    }

    private List<AuditEntry> history(Condition condition) {
        return db.select(
                        AUDIT_EVENT.ID,
                        AUDIT_EVENT.OCCURRED_AT,
                        AUDIT_EVENT.ACTOR_NAME,
                        APP_USER.DISPLAY_NAME,
                        AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_ID,
                        AUDIT_EVENT.BEFORE,
                        AUDIT_EVENT.AFTER)
                .from(AUDIT_EVENT)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AUDIT_EVENT.ACTOR_ID))
                .where(condition)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(1000)
                .fetch(r -> new AuditEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4() != null ? r.value4() : "system".equals(r.value3()) ? "Parallax" : r.value3(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8() == null ? null : r.value8().data(),
                        r.value9() == null ? null : r.value9().data()));
    }

    private JSONB toJson(Object value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }

    private String currentActor() {
        Authentication auth = strategy.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}

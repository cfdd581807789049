package org.parallax.security;

import static org.parallax.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ParallaxUser> findForLogin(String username) {
        return db.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ROLE,
                        APP_USER.ENABLED,
                        APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(Records.mapping(ParallaxUser::new));
    }

    List<UserSummary> findAll() {
        return summaries().orderBy(APP_USER.USERNAME).fetch(Records.mapping(UserSummary::new));
    }

    Optional<UserSummary> findById(long id) {
        return summaries().where(APP_USER.ID.eq(id)).fetchOptional(Records.mapping(UserSummary::new));
    }

    private SelectJoinStep<Record7<Long, String, String, String, Boolean, OffsetDateTime, Integer>> summaries() {
        return db.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ROLE,
                        APP_USER.ENABLED,
                        APP_USER.CREATED_AT,
                        APP_USER.VERSION)
                .from(APP_USER);
    }

    boolean exists(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    boolean isEmpty() {
        return !db.fetchExists(APP_USER);
    }

    long insert(String username, String displayName, String role, String passwordHash) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    /** @return false when the row was changed since {@code version} was read */
    boolean updateRole(long id, int version, String role) {
        return db.update(APP_USER)
                        .set(APP_USER.ROLE, role)
                        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                        .set(APP_USER.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean updateEnabled(long id, int version, boolean enabled) {
        return db.update(APP_USER)
                        .set(APP_USER.ENABLED, enabled)
                        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                        .set(APP_USER.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean updatePassword(long id, int version, String passwordHash) {
        return db.update(APP_USER)
                        .set(APP_USER.PASSWORD_HASH, passwordHash)
                        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                        .set(APP_USER.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    long countEnabledAdmins() {
        return db.fetchCount(APP_USER, APP_USER.ROLE.eq(Roles.ADMIN).and(APP_USER.ENABLED));
    }
}

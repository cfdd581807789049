package org.parallax.security;

import static org.parallax.db.Tables.API_TOKEN;
import static org.parallax.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final DSLContext db;

    ApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    ApiToken insert(long userId, String name, String hash, OffsetDateTime expiresAt) {
        var row = db.insertInto(
                        API_TOKEN, API_TOKEN.USER_ID, API_TOKEN.NAME, API_TOKEN.TOKEN_HASH, API_TOKEN.EXPIRES_AT)
                .values(userId, name, hash, expiresAt)
                .returning()
                .fetchOne();
        return new ApiToken(
                row.getId(),
                row.getName(),
                row.getCreatedAt(),
                row.getLastUsedAt(),
                row.getExpiresAt(),
                row.getRevokedAt());
    }

    List<ApiToken> ofUser(long userId) {
        return db.select(
                        API_TOKEN.ID,
                        API_TOKEN.NAME,
                        API_TOKEN.CREATED_AT,
                        API_TOKEN.LAST_USED_AT,
                        API_TOKEN.EXPIRES_AT,
                        API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(Records.mapping(ApiToken::new));
    }

    /** The username behind a usable token (not revoked, not expired, its user enabled). */
    Optional<String> usernameFor(String hash, OffsetDateTime now) {
        return db.select(APP_USER.USERNAME)
                .from(API_TOKEN)
                .join(APP_USER)
                .on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN
                        .TOKEN_HASH
                        .eq(hash)
                        .and(API_TOKEN.REVOKED_AT.isNull())
                        .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                        .and(APP_USER.ENABLED.isTrue()))
                .fetchOptional(APP_USER.USERNAME);
    }

    /** Notes the use, at most once a minute per token, so reading does not write on every request. */
    void touch(String hash, OffsetDateTime now) {
        db.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN
                        .TOKEN_HASH
                        .eq(hash)
                        .and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(now.minusMinutes(1)))))
                .execute();
    }

    /** Revokes every token of a user still standing. */
    int revokeAll(long userId, OffsetDateTime now) {
        return db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.USER_ID.eq(userId).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute();
    }

    boolean revoke(long id, long userId, OffsetDateTime now) {
        return db.update(API_TOKEN)
                        .set(API_TOKEN.REVOKED_AT, now)
                        .where(API_TOKEN
                                .ID
                                .eq(id)
                                .and(API_TOKEN.USER_ID.eq(userId))
                                .and(API_TOKEN.REVOKED_AT.isNull()))
                        .execute()
                == 1;
    }
}

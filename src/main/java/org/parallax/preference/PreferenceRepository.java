package org.parallax.preference;

import static org.parallax.db.Tables.USER_PREFERENCE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final DSLContext db;

    PreferenceRepository(DSLContext db) {
        this.db = db;
    }

    Optional<String> pairsPlacement(long userId) {
        return db.select(USER_PREFERENCE.PAIRS_PLACEMENT)
                .from(USER_PREFERENCE)
                .where(USER_PREFERENCE.USER_ID.eq(userId))
                .fetchOptional(USER_PREFERENCE.PAIRS_PLACEMENT);
    }

    void setPairsPlacement(long userId, String placement) {
        db.insertInto(USER_PREFERENCE, USER_PREFERENCE.USER_ID, USER_PREFERENCE.PAIRS_PLACEMENT)
                .values(userId, placement)
                .onConflict(USER_PREFERENCE.USER_ID)
                .doUpdate()
                .set(USER_PREFERENCE.PAIRS_PLACEMENT, placement)
                .execute();
    }
}

package org.parallax.demo;

import static org.parallax.db.Tables.APP_SETTING;

import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Remembers that the demo was loaded, so a deleted demo meeting does not come back on restart. */
@Repository
class DemoSettings {

    private static final String LOADED = "demo.loaded";

    private final DSLContext db;

    DemoSettings(DSLContext db) {
        this.db = db;
    }

    boolean isLoaded() {
        return db.fetchExists(APP_SETTING, APP_SETTING.KEY.eq(LOADED));
    }

    void markLoaded() {
        db.insertInto(APP_SETTING)
                .set(APP_SETTING.KEY, LOADED)
                .set(APP_SETTING.VALUE, Instant.now().toString())
                .onConflictDoNothing()
                .execute();
    }
}

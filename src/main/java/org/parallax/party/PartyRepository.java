package org.parallax.party;

import static org.parallax.db.Tables.PARTY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class PartyRepository {

    private final DSLContext db;

    PartyRepository(DSLContext db) {
        this.db = db;
    }

    List<PartyEntry> findAll() {
        return db.select(PARTY.ID, PARTY.CODE, PARTY.NAME, PARTY.COLOUR, PARTY.VERSION)
                .from(PARTY)
                .orderBy(PARTY.ID)
                .fetch(Records.mapping(PartyEntry::new));
    }

    Optional<PartyEntry> findById(long id) {
        return db.select(PARTY.ID, PARTY.CODE, PARTY.NAME, PARTY.COLOUR, PARTY.VERSION)
                .from(PARTY)
                .where(PARTY.ID.eq(id))
                .fetchOptional(Records.mapping(PartyEntry::new));
    }

    boolean codeExists(String code) {
        return db.fetchExists(PARTY, PARTY.CODE.eq(code));
    }

    long insert(String code, String name, String colour) {
        return db.insertInto(PARTY)
                .set(PARTY.CODE, code)
                .set(PARTY.NAME, name)
                .set(PARTY.COLOUR, colour)
                .returning(PARTY.ID)
                .fetchSingle(PARTY.ID);
    }

    boolean update(long id, int version, String name, String colour) {
        return db.update(PARTY)
                        .set(PARTY.NAME, name)
                        .set(PARTY.COLOUR, colour)
                        .set(PARTY.VERSION, PARTY.VERSION.plus(1))
                        .where(PARTY.ID.eq(id).and(PARTY.VERSION.eq(version)))
                        .execute()
                == 1;
    }
}

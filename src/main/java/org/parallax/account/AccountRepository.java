package org.parallax.account;

import static org.jooq.impl.DSL.max;
import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_REVISION;
import static org.parallax.db.Tables.PARTY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.parallax.db.tables.AccountRevision;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Long> partyId(String code) {
        return db.select(PARTY.ID).from(PARTY).where(PARTY.CODE.eq(code)).fetchOptional(PARTY.ID);
    }

    long insertAccount(NewAccount a, long partyId, long createdBy) {
        return db.insertInto(ACCOUNT)
                .set(ACCOUNT.MEETING_ID, a.meetingId())
                .set(ACCOUNT.PARTY_ID, partyId)
                .set(ACCOUNT.TITLE, a.title())
                .set(ACCOUNT.SPEAKER, a.speaker())
                .set(ACCOUNT.PUBLISHER, a.publisher())
                .set(ACCOUNT.SOURCE_URL, a.sourceUrl())
                .set(ACCOUNT.PUBLISHED_ON, a.publishedOn())
                .set(ACCOUNT.LANGUAGE, a.language())
                .set(ACCOUNT.KIND, a.kind().name())
                .set(ACCOUNT.CREATED_BY, createdBy)
                .returning(ACCOUNT.ID)
                .fetchSingle(ACCOUNT.ID);
    }

    void insertRevision(long accountId, int revisionNo, String text, long createdBy, String note) {
        db.insertInto(ACCOUNT_REVISION)
                .set(ACCOUNT_REVISION.ACCOUNT_ID, accountId)
                .set(ACCOUNT_REVISION.REVISION_NO, revisionNo)
                .set(ACCOUNT_REVISION.TEXT, text)
                .set(ACCOUNT_REVISION.TEXT_LENGTH, text.length())
                .set(ACCOUNT_REVISION.NOTE, note)
                .set(ACCOUNT_REVISION.CREATED_BY, createdBy)
                .execute();
    }

    Optional<AccountSummary> findById(long id) {
        return select().where(ACCOUNT.ID.eq(id)).fetchOptional(Records.mapping(AccountSummary::new));
    }

    List<AccountSummary> findByMeeting(long meetingId) {
        return select().where(ACCOUNT.MEETING_ID.eq(meetingId)).orderBy(PARTY.ID, ACCOUNT.ID)
                .fetch(Records.mapping(AccountSummary::new));
    }

    /** The current (latest) revision's text. */
    Optional<String> currentText(long accountId) {
        return db.select(ACCOUNT_REVISION.TEXT).from(ACCOUNT_REVISION)
                .where(ACCOUNT_REVISION.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_REVISION.REVISION_NO.desc())
                .limit(1)
                .fetchOptional(ACCOUNT_REVISION.TEXT);
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record14<Long, Long, String, String, String, String, String, String,
            String, java.time.LocalDate, String, String, Integer, Integer>> select() {
        AccountRevision latest = ACCOUNT_REVISION.as("latest");
        return db.select(ACCOUNT.ID, ACCOUNT.MEETING_ID, PARTY.CODE, PARTY.NAME, PARTY.COLOUR, ACCOUNT.TITLE,
                        ACCOUNT.SPEAKER, ACCOUNT.PUBLISHER, ACCOUNT.SOURCE_URL, ACCOUNT.PUBLISHED_ON, ACCOUNT.LANGUAGE,
                        ACCOUNT.KIND, latest.REVISION_NO, latest.TEXT_LENGTH)
                .from(ACCOUNT)
                .join(PARTY).on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                .join(latest).on(latest.ACCOUNT_ID.eq(ACCOUNT.ID).and(latest.REVISION_NO.eq(
                        DSL.select(max(ACCOUNT_REVISION.REVISION_NO)).from(ACCOUNT_REVISION)
                                .where(ACCOUNT_REVISION.ACCOUNT_ID.eq(ACCOUNT.ID)).<Integer>asField())));
    }
}

package org.parallax.account;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_PASSAGE;
import static org.parallax.db.Tables.ACCOUNT_REVISION;
import static org.parallax.db.Tables.BLIND_PAIR;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.PARTY;
import static org.parallax.db.Tables.SOURCE_DOCUMENT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.parallax.base.PairVisibility;
import org.parallax.db.Tables;
import org.parallax.db.tables.AccountRevision;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    /** The latest revision of an account, with what a correction needs. */
    record CurrentRevision(long revisionId, int revisionNo, String text) {}

    /** A current text that search has not indexed yet. */
    record UnindexedText(long accountId, long revisionId, String text) {}

    private static final int PASSAGES_PER_INSERT = 2000;

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Long> partyId(String code) {
        return db.select(PARTY.ID).from(PARTY).where(PARTY.CODE.eq(code)).fetchOptional(PARTY.ID);
    }

    boolean meetingExists(long meetingId) {
        return db.fetchExists(Tables.MEETING, Tables.MEETING.ID.eq(meetingId));
    }

    long insertAccount(
            long meetingId,
            AccountMetadata a,
            long partyId,
            long createdBy,
            Long sourceDocumentId,
            Integer sourceLength,
            Integer sourceStart,
            Integer sourceEnd) {
        return db.insertInto(ACCOUNT)
                .set(ACCOUNT.MEETING_ID, meetingId)
                .set(details(a, partyId))
                .set(ACCOUNT.SOURCE_DOCUMENT_ID, sourceDocumentId)
                .set(ACCOUNT.SOURCE_LENGTH, sourceLength)
                .set(ACCOUNT.SOURCE_START, sourceStart)
                .set(ACCOUNT.SOURCE_END, sourceEnd)
                .set(ACCOUNT.CREATED_BY, createdBy)
                .returning(ACCOUNT.ID)
                .fetchSingle(ACCOUNT.ID);
    }

    /** Stores a revision and indexes its passages for search in place of the previous revision's. */
    long insertRevision(long accountId, int revisionNo, String text, long createdBy, String note) {
        long revisionId = db.insertInto(ACCOUNT_REVISION)
                .set(ACCOUNT_REVISION.ACCOUNT_ID, accountId)
                .set(ACCOUNT_REVISION.REVISION_NO, revisionNo)
                .set(ACCOUNT_REVISION.TEXT, text)
                .set(ACCOUNT_REVISION.TEXT_LENGTH, text.length())
                .set(ACCOUNT_REVISION.NOTE, note)
                .set(ACCOUNT_REVISION.CREATED_BY, createdBy)
                .returning(ACCOUNT_REVISION.ID)
                .fetchSingle(ACCOUNT_REVISION.ID);
        db.deleteFrom(ACCOUNT_PASSAGE)
                .where(ACCOUNT_PASSAGE.ACCOUNT_ID.eq(accountId))
                .execute();
        indexPassages(accountId, revisionId, text);
        return revisionId;
    }

    void indexPassages(long accountId, long revisionId, String text) {
        List<Passages.Passage> passages = Passages.of(text);
        // In slices: one statement of ten thousand rows would bind fifty thousand parameters.
        for (int from = 0; from < passages.size(); from += PASSAGES_PER_INSERT) {
            var insert = db.insertInto(
                    ACCOUNT_PASSAGE,
                    ACCOUNT_PASSAGE.REVISION_ID,
                    ACCOUNT_PASSAGE.ACCOUNT_ID,
                    ACCOUNT_PASSAGE.START_OFFSET,
                    ACCOUNT_PASSAGE.END_OFFSET,
                    ACCOUNT_PASSAGE.CONTENT);
            for (Passages.Passage p : passages.subList(from, Math.min(passages.size(), from + PASSAGES_PER_INSERT))) {
                insert = insert.values(revisionId, accountId, p.start(), p.end(), p.content());
            }
            insert.execute();
        }
    }

    /** Current revisions that have no passages yet (texts stored before search existed): (account, revision). */
    List<UnindexedText> unindexedRevisions(int limit) {
        AccountRevision later = ACCOUNT_REVISION.as("later");
        return db.select(ACCOUNT_REVISION.ACCOUNT_ID, ACCOUNT_REVISION.ID, ACCOUNT_REVISION.TEXT)
                .from(ACCOUNT_REVISION)
                .whereNotExists(selectOne()
                        .from(later)
                        .where(later.ACCOUNT_ID
                                .eq(ACCOUNT_REVISION.ACCOUNT_ID)
                                .and(later.REVISION_NO.gt(ACCOUNT_REVISION.REVISION_NO))))
                .andNotExists(
                        selectOne().from(ACCOUNT_PASSAGE).where(ACCOUNT_PASSAGE.REVISION_ID.eq(ACCOUNT_REVISION.ID)))
                .limit(limit)
                .fetch(Records.mapping(UnindexedText::new));
    }

    /** @return false when the account was changed since {@code version} was read */
    boolean updateMetadata(long accountId, int version, AccountMetadata a, long partyId) {
        return db.update(ACCOUNT)
                        .set(details(a, partyId))
                        .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                        .set(ACCOUNT.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** The columns an account's details fill, for its import and its later edits alike. */
    private static Map<Field<?>, Object> details(AccountMetadata a, long partyId) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(ACCOUNT.PARTY_ID, partyId);
        columns.put(ACCOUNT.TITLE, a.title());
        columns.put(ACCOUNT.SPEAKER, a.speaker());
        columns.put(ACCOUNT.PUBLISHER, a.publisher());
        columns.put(ACCOUNT.SOURCE_URL, a.sourceUrl());
        columns.put(ACCOUNT.PUBLISHED_ON, a.publishedOn());
        columns.put(ACCOUNT.LANGUAGE, a.language());
        columns.put(ACCOUNT.KIND, a.kind());
        return columns;
    }

    /** Whether any claim of the account is in a pair or a blind pairing, whoever may see it. */
    boolean pairedAnywhere(long accountId) {
        var claimsOfAccount = DSL.select(CLAIM.ID).from(CLAIM).where(CLAIM.ACCOUNT_ID.eq(accountId));
        return db.fetchExists(
                        CLAIM_PAIR,
                        CLAIM_PAIR.LEFT_CLAIM_ID.in(claimsOfAccount).or(CLAIM_PAIR.RIGHT_CLAIM_ID.in(claimsOfAccount)))
                || db.fetchExists(
                        BLIND_PAIR,
                        BLIND_PAIR.LEFT_CLAIM_ID.in(claimsOfAccount).or(BLIND_PAIR.RIGHT_CLAIM_ID.in(claimsOfAccount)));
    }

    /** Deletes an account whose claims are gone: its revisions, then the account. */
    boolean delete(long accountId, int version) {
        db.deleteFrom(ACCOUNT_PASSAGE)
                .where(ACCOUNT_PASSAGE.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(ACCOUNT_REVISION)
                .where(ACCOUNT_REVISION.ACCOUNT_ID.eq(accountId))
                .execute();
        return db.deleteFrom(ACCOUNT)
                        .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** @return false when the account was changed since {@code version} was read */
    boolean bumpVersion(long accountId, int version) {
        return db.update(ACCOUNT)
                        .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                        .set(ACCOUNT.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** The account's speaker (empty inside when it has none); empty when there is no such account. */
    Optional<Optional<String>> speaker(long accountId) {
        return db.select(ACCOUNT.SPEAKER)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> Optional.ofNullable(r.value1()));
    }

    Optional<CurrentRevision> currentRevision(long accountId) {
        return db.select(ACCOUNT_REVISION.ID, ACCOUNT_REVISION.REVISION_NO, ACCOUNT_REVISION.TEXT)
                .from(ACCOUNT_REVISION)
                .where(ACCOUNT_REVISION.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_REVISION.REVISION_NO.desc())
                .limit(1)
                .fetchOptional(Records.mapping(CurrentRevision::new));
    }

    /** An account of the meeting whose current text is exactly this one: (id, title). */
    Optional<Record2<Long, String>> withSameText(long meetingId, String text) {
        var latest = DSL.select(DSL.max(ACCOUNT_REVISION.REVISION_NO))
                .from(ACCOUNT_REVISION)
                .where(ACCOUNT_REVISION.ACCOUNT_ID.eq(ACCOUNT.ID));
        return db.select(ACCOUNT.ID, ACCOUNT.TITLE)
                .from(ACCOUNT)
                .join(ACCOUNT_REVISION)
                .on(ACCOUNT_REVISION.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.MEETING_ID
                        .eq(meetingId)
                        .and(ACCOUNT_REVISION.REVISION_NO.eq(latest))
                        // The length first: most texts differ there, and it spares comparing long ones.
                        .and(DSL.charLength(ACCOUNT_REVISION.TEXT).eq(text.length()))
                        .and(ACCOUNT_REVISION.TEXT.eq(text)))
                .orderBy(ACCOUNT.ID)
                .limit(1)
                .fetchOptional();
    }

    /** Serialises the adding of accounts to one meeting until the transaction ends. */
    void lockMeetingForAccounts(long meetingId) {
        db.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(meetingId)))
                .fetch();
    }

    Optional<AccountSummary> findById(long id, long viewerId) {
        return select(ACCOUNT.ID.eq(id), viewerId).stream().findFirst();
    }

    List<AccountSummary> findByMeeting(long meetingId, long viewerId) {
        return select(ACCOUNT.MEETING_ID.eq(meetingId), viewerId);
    }

    private List<AccountSummary> select(Condition condition, long viewerId) {
        Condition visible = PairVisibility.visibleTo(CLAIM_PAIR, viewerId);
        AccountRevision latest = ACCOUNT_REVISION.as("latest");
        Field<Integer> claims =
                selectCount().from(CLAIM).where(CLAIM.ACCOUNT_ID.eq(ACCOUNT.ID)).asField();
        Field<Integer> covered = selectCount()
                .from(CLAIM)
                .where(CLAIM.ACCOUNT_ID.eq(ACCOUNT.ID))
                .and(CLAIM.NO_COUNTERPART
                        .isTrue()
                        // Two EXISTS rather than one with OR, so each can use its index.
                        .or(exists(selectOne()
                                .from(CLAIM_PAIR)
                                .where(CLAIM_PAIR.LEFT_CLAIM_ID.eq(CLAIM.ID).and(visible))))
                        .or(exists(selectOne()
                                .from(CLAIM_PAIR)
                                .where(CLAIM_PAIR.RIGHT_CLAIM_ID.eq(CLAIM.ID).and(visible)))))
                .asField();
        // A pair has one claim per party, so it touches an account through its left or its right claim.
        Field<Integer> pairs = DSL.select(DSL.count())
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR
                        .LEFT_CLAIM_ID
                        .in(DSL.select(CLAIM.ID).from(CLAIM).where(CLAIM.ACCOUNT_ID.eq(ACCOUNT.ID)))
                        .or(CLAIM_PAIR.RIGHT_CLAIM_ID.in(
                                DSL.select(CLAIM.ID).from(CLAIM).where(CLAIM.ACCOUNT_ID.eq(ACCOUNT.ID)))))
                .and(visible)
                .asField();
        return db.select(
                        ACCOUNT.ID,
                        ACCOUNT.MEETING_ID,
                        PARTY.CODE,
                        PARTY.NAME,
                        PARTY.COLOUR,
                        ACCOUNT.TITLE,
                        ACCOUNT.SPEAKER,
                        ACCOUNT.PUBLISHER,
                        ACCOUNT.SOURCE_URL,
                        ACCOUNT.PUBLISHED_ON,
                        ACCOUNT.LANGUAGE,
                        ACCOUNT.KIND,
                        latest.REVISION_NO,
                        latest.TEXT_LENGTH,
                        ACCOUNT.SOURCE_DOCUMENT_ID,
                        claims,
                        covered,
                        pairs,
                        ACCOUNT.VERSION,
                        ACCOUNT.CREATED_BY)
                .from(ACCOUNT)
                .join(PARTY)
                .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                .join(latest)
                .on(latest.ACCOUNT_ID
                        .eq(ACCOUNT.ID)
                        .and(latest.REVISION_NO.eq(DSL.select(max(ACCOUNT_REVISION.REVISION_NO))
                                .from(ACCOUNT_REVISION)
                                .where(ACCOUNT_REVISION.ACCOUNT_ID.eq(ACCOUNT.ID))
                                .<Integer>asField())))
                .where(condition)
                .orderBy(PARTY.ID, ACCOUNT.ID)
                .fetch(Records.mapping(AccountSummary::new));
    }

    long insertSource(long meetingId, String title, String filename, String mediaType, String text, long importedBy) {
        return db.insertInto(SOURCE_DOCUMENT)
                .set(SOURCE_DOCUMENT.MEETING_ID, meetingId)
                .set(SOURCE_DOCUMENT.TITLE, title)
                .set(SOURCE_DOCUMENT.ORIGINAL_FILENAME, filename)
                .set(SOURCE_DOCUMENT.MEDIA_TYPE, mediaType)
                .set(SOURCE_DOCUMENT.TEXT, text)
                .set(SOURCE_DOCUMENT.TEXT_LENGTH, text.length())
                .set(SOURCE_DOCUMENT.IMPORTED_BY, importedBy)
                .returning(SOURCE_DOCUMENT.ID)
                .fetchSingle(SOURCE_DOCUMENT.ID);
    }

    Optional<SourceDocument> findSource(long id) {
        return db.select(
                        SOURCE_DOCUMENT.ID,
                        SOURCE_DOCUMENT.MEETING_ID,
                        SOURCE_DOCUMENT.TITLE,
                        SOURCE_DOCUMENT.ORIGINAL_FILENAME,
                        SOURCE_DOCUMENT.TEXT,
                        SOURCE_DOCUMENT.IMPORTED_AT)
                .from(SOURCE_DOCUMENT)
                .where(SOURCE_DOCUMENT.ID.eq(id))
                .fetchOptional(Records.mapping(SourceDocument::new));
    }

    List<SourceExcerpt> excerptsOf(long sourceId) {
        return db.select(ACCOUNT.ID, ACCOUNT.TITLE, PARTY.CODE, ACCOUNT.SOURCE_START, ACCOUNT.SOURCE_END)
                .from(ACCOUNT)
                .join(PARTY)
                .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                .where(ACCOUNT.SOURCE_DOCUMENT_ID.eq(sourceId))
                .orderBy(ACCOUNT.SOURCE_START, ACCOUNT.ID)
                .fetch(Records.mapping(SourceExcerpt::new));
    }

    List<SourceDocumentSummary> sourcesOf(long meetingId) {
        return sourceSummaries(SOURCE_DOCUMENT.MEETING_ID.eq(meetingId));
    }

    Optional<SourceDocumentSummary> sourceSummary(long id) {
        return sourceSummaries(SOURCE_DOCUMENT.ID.eq(id)).stream().findFirst();
    }

    private List<SourceDocumentSummary> sourceSummaries(Condition condition) {
        return db.select(
                        SOURCE_DOCUMENT.ID,
                        SOURCE_DOCUMENT.MEETING_ID,
                        SOURCE_DOCUMENT.TITLE,
                        SOURCE_DOCUMENT.ORIGINAL_FILENAME,
                        SOURCE_DOCUMENT.TEXT_LENGTH,
                        selectCount()
                                .from(ACCOUNT)
                                .where(ACCOUNT.SOURCE_DOCUMENT_ID.eq(SOURCE_DOCUMENT.ID))
                                .<Integer>asField(),
                        SOURCE_DOCUMENT.IMPORTED_AT)
                .from(SOURCE_DOCUMENT)
                .where(condition)
                .orderBy(SOURCE_DOCUMENT.IMPORTED_AT)
                .fetch(Records.mapping(SourceDocumentSummary::new));
    }
}

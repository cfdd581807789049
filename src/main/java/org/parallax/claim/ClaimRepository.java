package org.parallax.claim;

import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_REVISION;
import static org.parallax.db.Tables.AGREEMENT_ROUND;
import static org.parallax.db.Tables.AGREEMENT_SETTLEMENT;
import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.BLIND_PAIR;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.Row5;
import org.jooq.impl.DSL;
import org.parallax.base.NotFoundException;
import org.parallax.base.PairVisibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class ClaimRepository {

    /** Rows a statement takes at once: parameters stay far below PostgreSQL's 65,535. */
    private static final int IDS_PER_QUERY = 1_000;

    /** The revision a new claim anchors to, with what the claim row repeats of its account. */
    record CurrentRevision(long revisionId, long accountId, long meetingId, long partyId, String text) {}

    private final DSLContext db;

    ClaimRepository(DSLContext db) {
        this.db = db;
    }

    long meetingOf(long accountId) {
        return db.select(ACCOUNT.MEETING_ID)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchSingle(ACCOUNT.MEETING_ID);
    }

    Optional<CurrentRevision> currentRevision(long accountId) {
        return db.select(ACCOUNT_REVISION.ID, ACCOUNT.ID, ACCOUNT.MEETING_ID, ACCOUNT.PARTY_ID, ACCOUNT_REVISION.TEXT)
                .from(ACCOUNT)
                .join(ACCOUNT_REVISION)
                .on(ACCOUNT_REVISION.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.ID.eq(accountId))
                .orderBy(ACCOUNT_REVISION.REVISION_NO.desc())
                .limit(1)
                .fetchOptional(Records.mapping(CurrentRevision::new));
    }

    /** The claim already on exactly this span of the revision, other than {@code except}, if any. */
    Optional<Long> onSpan(long revisionId, int start, int end, long except) {
        return db.select(CLAIM.ID)
                .from(CLAIM)
                .where(CLAIM.REVISION_ID
                        .eq(revisionId)
                        .and(CLAIM.START_OFFSET.eq(start))
                        .and(CLAIM.END_OFFSET.eq(end))
                        .and(CLAIM.ID.ne(except)))
                .orderBy(CLAIM.ID)
                .limit(1)
                .fetchOptional(CLAIM.ID);
    }

    /**
     * The new claim's id; empty when another claim took the span a moment ago (after the service looked), as
     * the database's rule (claim_one_per_span) found. The insert runs in a savepoint, so the transaction goes
     * on and can name the claim that was first.
     */
    Optional<Long> insert(CurrentRevision revision, TextAnchor anchor, NewClaim claim, long createdBy) {
        try {
            return Optional.of(
                    db.transactionResult(nested -> insert(nested.dsl(), revision, anchor, claim, createdBy)));
        } catch (DuplicateKeyException spanTaken) {
            return Optional.empty();
        }
    }

    private static long insert(
            DSLContext db, CurrentRevision revision, TextAnchor anchor, NewClaim claim, long createdBy) {
        return db.insertInto(CLAIM)
                .set(CLAIM.ACCOUNT_ID, revision.accountId())
                .set(CLAIM.MEETING_ID, revision.meetingId())
                .set(CLAIM.PARTY_ID, revision.partyId())
                .set(CLAIM.REVISION_ID, revision.revisionId())
                .set(CLAIM.REVISION_LENGTH, revision.text().length())
                .set(CLAIM.START_OFFSET, anchor.start())
                .set(CLAIM.END_OFFSET, anchor.end())
                .set(CLAIM.QUOTE, anchor.quote())
                .set(CLAIM.PREFIX, anchor.prefix())
                .set(CLAIM.SUFFIX, anchor.suffix())
                .set(CLAIM.SPEAKER, claim.speaker())
                .set(CLAIM.TOPIC, claim.topic())
                .set(CLAIM.KIND, claim.kind())
                .set(CLAIM.CREATED_BY, createdBy)
                .returning(CLAIM.ID)
                .fetchSingle(CLAIM.ID);
    }

    /** A claim's new place in a new revision, found by re-anchoring. */
    record Moved(long claimId, TextAnchor anchor) {}

    /** Rows per statement when many claims move: five bind values each, within PostgreSQL's limit. */
    private static final int MOVES_PER_STATEMENT = 5_000;

    /** Moves many claims to a new revision of their account at once (a statement per thousands, not per claim). */
    void reanchorAll(long revisionId, int revisionLength, List<Moved> moved) {
        for (int from = 0; from < moved.size(); from += MOVES_PER_STATEMENT) {
            @SuppressWarnings("unchecked")
            Row5<Long, Integer, Integer, String, String>[] rows =
                    moved.subList(from, Math.min(moved.size(), from + MOVES_PER_STATEMENT)).stream()
                            .map(m -> DSL.row(
                                    m.claimId(),
                                    m.anchor().start(),
                                    m.anchor().end(),
                                    m.anchor().prefix(),
                                    m.anchor().suffix()))
                            .toArray(Row5[]::new);
            var places = DSL.values(rows).as("place", "claim_id", "start_offset", "end_offset", "prefix", "suffix");
            db.update(CLAIM)
                    .set(CLAIM.REVISION_ID, revisionId)
                    .set(CLAIM.REVISION_LENGTH, revisionLength)
                    .set(CLAIM.START_OFFSET, places.field("start_offset", Integer.class))
                    .set(CLAIM.END_OFFSET, places.field("end_offset", Integer.class))
                    .set(CLAIM.PREFIX, places.field("prefix", String.class))
                    .set(CLAIM.SUFFIX, places.field("suffix", String.class))
                    .set(CLAIM.ANCHOR_STATUS, AnchorStatus.ANCHORED)
                    .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                    .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                    .from(places)
                    .where(CLAIM.ID.eq(places.field("claim_id", Long.class)))
                    .execute();
        }
    }

    /** Leaves claims on their old revision, flagged for a person. */
    void flagAll(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        db.update(CLAIM)
                .set(CLAIM.ANCHOR_STATUS, AnchorStatus.NEEDS_ATTENTION)
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CLAIM.ID.in(claimIds))
                .execute();
    }

    /**
     * Puts a claim on {@code anchor} of the given revision with new details, if it is still at
     * {@code version}; the claim keeps its id, so its pairs follow it.
     */
    boolean update(long claimId, int version, CurrentRevision revision, TextAnchor anchor, NewClaim details) {
        return db.update(CLAIM)
                        .set(CLAIM.REVISION_ID, revision.revisionId())
                        .set(CLAIM.REVISION_LENGTH, revision.text().length())
                        .set(CLAIM.START_OFFSET, anchor.start())
                        .set(CLAIM.END_OFFSET, anchor.end())
                        .set(CLAIM.QUOTE, anchor.quote())
                        .set(CLAIM.PREFIX, anchor.prefix())
                        .set(CLAIM.SUFFIX, anchor.suffix())
                        .set(CLAIM.SPEAKER, details.speaker())
                        .set(CLAIM.TOPIC, details.topic())
                        .set(CLAIM.KIND, details.kind())
                        .set(CLAIM.ANCHOR_STATUS, AnchorStatus.ANCHORED)
                        .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                        .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(CLAIM.ID.eq(claimId).and(CLAIM.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** New details of a claim, its place kept, if it is still at {@code version}. */
    boolean updateDetails(long claimId, int version, String speaker, String topic, ClaimKind kind) {
        return db.update(CLAIM)
                        .set(CLAIM.SPEAKER, speaker)
                        .set(CLAIM.TOPIC, topic)
                        .set(CLAIM.KIND, kind)
                        .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                        .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(CLAIM.ID.eq(claimId).and(CLAIM.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** The revision a claim is anchored to and that revision's length (older than the current when flagged). */
    Record2<Long, Integer> revisionOf(long claimId) {
        return db.select(CLAIM.REVISION_ID, CLAIM.REVISION_LENGTH)
                .from(CLAIM)
                .where(CLAIM.ID.eq(claimId))
                .fetchSingle();
    }

    /** The length of the revision each claim of the account sits on (an older one for a flagged claim). */
    Map<Long, Integer> revisionLengthsOfAccount(long accountId) {
        return db.select(CLAIM.ID, CLAIM.REVISION_LENGTH)
                .from(CLAIM)
                .where(CLAIM.ACCOUNT_ID.eq(accountId))
                .fetchMap(CLAIM.ID, CLAIM.REVISION_LENGTH);
    }

    long importerOf(long accountId) {
        return db.select(ACCOUNT.CREATED_BY)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.CREATED_BY)
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    List<Long> idsOfAccount(long accountId) {
        return db.select(CLAIM.ID)
                .from(CLAIM)
                .where(CLAIM.ACCOUNT_ID.eq(accountId))
                .fetch(CLAIM.ID);
    }

    /** Every pair holding one of the claims that the viewer may see, oldest first, with its author's name. */
    List<ClaimRemoval.Pairing> pairsOf(Collection<Long> claimIds, long viewerId) {
        return db.select(CLAIM_PAIR.ID, CLAIM_PAIR.STATUS, CLAIM_PAIR.AUTHOR_ID, APP_USER.DISPLAY_NAME)
                .from(CLAIM_PAIR)
                .join(APP_USER)
                .on(APP_USER.ID.eq(CLAIM_PAIR.AUTHOR_ID))
                .where(CLAIM_PAIR.LEFT_CLAIM_ID.in(claimIds).or(CLAIM_PAIR.RIGHT_CLAIM_ID.in(claimIds)))
                .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId))
                .orderBy(CLAIM_PAIR.ID)
                .fetch(Records.mapping(ClaimRemoval.Pairing::new));
    }

    boolean openAgreementRound(long meetingId) {
        return db.fetchExists(
                AGREEMENT_ROUND, AGREEMENT_ROUND.MEETING_ID.eq(meetingId).and(AGREEMENT_ROUND.SETTLED_AT.isNull()));
    }

    /** Whether blind pairings or settlements of agreement rounds name one of the claims. */
    boolean inAgreementRounds(Collection<Long> claimIds) {
        return db.fetchExists(
                        BLIND_PAIR, BLIND_PAIR.LEFT_CLAIM_ID.in(claimIds).or(BLIND_PAIR.RIGHT_CLAIM_ID.in(claimIds)))
                || db.fetchExists(
                        AGREEMENT_SETTLEMENT,
                        AGREEMENT_SETTLEMENT
                                .LOW_CLAIM_ID
                                .in(claimIds)
                                .or(AGREEMENT_SETTLEMENT.HIGH_CLAIM_ID.in(claimIds)));
    }

    /** Deletes pairs (their evidence, reviews and comments go with them) and then the claims. */
    void delete(Collection<Long> pairIds, Collection<Long> claimIds) {
        if (!pairIds.isEmpty()) {
            db.deleteFrom(CLAIM_PAIR).where(CLAIM_PAIR.ID.in(pairIds)).execute();
        }
        if (!claimIds.isEmpty()) {
            db.deleteFrom(CLAIM).where(CLAIM.ID.in(claimIds)).execute();
        }
    }

    boolean setNoCounterpart(long claimId, int version, boolean noCounterpart, String note, long markedBy) {
        return db.update(CLAIM)
                        .set(CLAIM.NO_COUNTERPART, noCounterpart)
                        .set(CLAIM.NO_COUNTERPART_NOTE, note)
                        .set(CLAIM.NO_COUNTERPART_BY, noCounterpart ? markedBy : null)
                        .set(CLAIM.NO_COUNTERPART_AT, noCounterpart ? DSL.currentOffsetDateTime() : null)
                        .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                        .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(CLAIM.ID.eq(claimId).and(CLAIM.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** Claims by id, in the order of the ids. */
    List<Claim> findAll(List<Long> ids) {
        Map<Long, Claim> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            select(CLAIM.ID.in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))))
                    .forEach(c -> byId.put(c.id(), c));
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The spans of a revision that are claims, as "start:end". */
    Set<String> spansOf(long revisionId) {
        Set<String> spans = new HashSet<>();
        db.select(CLAIM.START_OFFSET, CLAIM.END_OFFSET)
                .from(CLAIM)
                .where(CLAIM.REVISION_ID.eq(revisionId))
                .forEach(r -> spans.add(r.value1() + ":" + r.value2()));
        return spans;
    }

    /** Inserts many claims of one revision, a slice of rows per statement; answers their ids in order. */
    List<Long> insertAll(CurrentRevision revision, List<TextAnchor> anchors, List<NewClaim> claims, long createdBy) {
        // In the order of the span locks the database takes for each row (claim_span_stripe in V017), so that
        // two batches on one account never wait for each other in a circle.
        int[] order = IntStream.range(0, claims.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> stripe(anchors.get(i))))
                .mapToInt(Integer::intValue)
                .toArray();
        Long[] ids = new Long[claims.size()];
        for (int from = 0; from < claims.size(); from += IDS_PER_QUERY) {
            var insert = db.insertInto(
                    CLAIM,
                    CLAIM.ACCOUNT_ID,
                    CLAIM.MEETING_ID,
                    CLAIM.PARTY_ID,
                    CLAIM.REVISION_ID,
                    CLAIM.REVISION_LENGTH,
                    CLAIM.START_OFFSET,
                    CLAIM.END_OFFSET,
                    CLAIM.QUOTE,
                    CLAIM.PREFIX,
                    CLAIM.SUFFIX,
                    CLAIM.SPEAKER,
                    CLAIM.TOPIC,
                    CLAIM.KIND,
                    CLAIM.CREATED_BY);
            int to = Math.min(claims.size(), from + IDS_PER_QUERY);
            for (int k = from; k < to; k++) {
                TextAnchor a = anchors.get(order[k]);
                NewClaim c = claims.get(order[k]);
                insert = insert.values(
                        revision.accountId(),
                        revision.meetingId(),
                        revision.partyId(),
                        revision.revisionId(),
                        revision.text().length(),
                        a.start(),
                        a.end(),
                        a.quote(),
                        a.prefix(),
                        a.suffix(),
                        c.speaker(),
                        c.topic(),
                        c.kind(),
                        createdBy);
            }
            // Rows come back in the order they were given (PostgreSQL's INSERT … VALUES … RETURNING).
            List<Long> made = insert.returning(CLAIM.ID).fetch(CLAIM.ID);
            for (int k = from; k < to; k++) {
                ids[order[k]] = made.get(k - from);
            }
        }
        return List.of(ids);
    }

    /** The database's claim_span_stripe: which of a revision's 256 span locks a claim takes. */
    private static int stripe(TextAnchor anchor) {
        return (int) ((anchor.start() * 31L + anchor.end()) % 256);
    }

    Optional<Claim> findById(long id) {
        return select(CLAIM.ID.eq(id)).stream().findFirst();
    }

    List<Claim> findByAccount(long accountId) {
        return select(CLAIM.ACCOUNT_ID.eq(accountId));
    }

    /** The anchored claims of an account, by position: four columns, no text. */
    List<ClaimSpan> spansByAccount(long accountId) {
        return spans(CLAIM.ACCOUNT_ID.eq(accountId));
    }

    List<ClaimSpan> spansById(Collection<Long> ids) {
        return spans(CLAIM.ID.in(ids));
    }

    private List<ClaimSpan> spans(Condition condition) {
        return db.select(CLAIM.ID, CLAIM.ACCOUNT_ID, CLAIM.START_OFFSET, CLAIM.END_OFFSET, CLAIM.NO_COUNTERPART)
                .from(CLAIM)
                .where(condition.and(CLAIM.ANCHOR_STATUS.ne(AnchorStatus.NEEDS_ATTENTION)))
                .orderBy(CLAIM.START_OFFSET)
                .fetch(Records.mapping(ClaimSpan::new));
    }

    private List<Claim> select(Condition condition) {
        return db.select(
                        CLAIM.ID,
                        CLAIM.ACCOUNT_ID,
                        CLAIM.MEETING_ID,
                        CLAIM.PARTY_ID,
                        CLAIM.START_OFFSET,
                        CLAIM.END_OFFSET,
                        CLAIM.QUOTE,
                        CLAIM.PREFIX,
                        CLAIM.SUFFIX,
                        CLAIM.SPEAKER,
                        CLAIM.TOPIC,
                        CLAIM.KIND,
                        CLAIM.NO_COUNTERPART,
                        CLAIM.NO_COUNTERPART_NOTE,
                        CLAIM.ANCHOR_STATUS,
                        CLAIM.VERSION,
                        CLAIM.CREATED_BY)
                .from(CLAIM)
                .where(condition)
                .orderBy(CLAIM.START_OFFSET)
                .fetch(Records.mapping(Claim::new));
    }
}

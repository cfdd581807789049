package org.parallax.agreement;

import static org.parallax.db.Tables.AGREEMENT_ROUND;
import static org.parallax.db.Tables.AGREEMENT_SETTLEMENT;
import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.BLIND_PAIR;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.parallax.base.PairStatus;
import org.parallax.base.PairVisibility;
import org.parallax.db.tables.AppUser;
import org.parallax.pairing.Relation;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    /** One couple as a reviewer related it: the lower claim id first. */
    record Couple(long low, long high, Relation relation) {}

    private final DSLContext db;

    AgreementRepository(DSLContext db) {
        this.db = db;
    }

    long insertRound(long meetingId, long first, long second, long requestedBy) {
        return db.insertInto(AGREEMENT_ROUND)
                .set(AGREEMENT_ROUND.MEETING_ID, meetingId)
                .set(AGREEMENT_ROUND.FIRST_REVIEWER_ID, first)
                .set(AGREEMENT_ROUND.SECOND_REVIEWER_ID, second)
                .set(AGREEMENT_ROUND.REQUESTED_BY, requestedBy)
                .returning(AGREEMENT_ROUND.ID)
                .fetchSingle(AGREEMENT_ROUND.ID);
    }

    boolean meetingExists(long meetingId) {
        return db.fetchExists(MEETING, MEETING.ID.eq(meetingId));
    }

    boolean openRoundFor(long meetingId, long secondReviewerId) {
        return db.fetchExists(
                AGREEMENT_ROUND,
                AGREEMENT_ROUND.MEETING_ID.eq(meetingId).and(PairVisibility.openRoundsPairedBlindBy(secondReviewerId)));
    }

    Optional<Long> enabledUserId(String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.ENABLED.isTrue()))
                .fetchOptional(APP_USER.ID);
    }

    Optional<AgreementRound> round(long id) {
        return rounds(AGREEMENT_ROUND.ID.eq(id)).stream().findFirst();
    }

    List<AgreementRound> roundsOf(long meetingId) {
        return rounds(AGREEMENT_ROUND.MEETING_ID.eq(meetingId));
    }

    private List<AgreementRound> rounds(Condition condition) {
        AppUser first = APP_USER.as("first_reviewer");
        AppUser second = APP_USER.as("second_reviewer");
        return db.select(
                        AGREEMENT_ROUND.ID,
                        AGREEMENT_ROUND.MEETING_ID,
                        first.ID,
                        first.DISPLAY_NAME,
                        second.ID,
                        second.DISPLAY_NAME,
                        AGREEMENT_ROUND.REQUESTED_AT,
                        AGREEMENT_ROUND.SETTLED_AT)
                .from(AGREEMENT_ROUND)
                .join(first)
                .on(first.ID.eq(AGREEMENT_ROUND.FIRST_REVIEWER_ID))
                .join(second)
                .on(second.ID.eq(AGREEMENT_ROUND.SECOND_REVIEWER_ID))
                .where(condition)
                .orderBy(AGREEMENT_ROUND.REQUESTED_AT.desc(), AGREEMENT_ROUND.ID.desc())
                .fetch(Records.mapping(AgreementRound::new));
    }

    List<Person> people() {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(Records.mapping(Person::new));
    }

    List<Couple> blindCouples(long roundId) {
        return db.select(
                        DSL.least(BLIND_PAIR.LEFT_CLAIM_ID, BLIND_PAIR.RIGHT_CLAIM_ID),
                        DSL.greatest(BLIND_PAIR.LEFT_CLAIM_ID, BLIND_PAIR.RIGHT_CLAIM_ID),
                        BLIND_PAIR.RELATION)
                .from(BLIND_PAIR)
                .where(BLIND_PAIR.ROUND_ID.eq(roundId))
                .fetch(Records.mapping(Couple::new));
    }

    /** The first reviewer's pairs in the meeting, as couples. */
    List<Couple> pairCouples(long meetingId, long authorId) {
        return db.select(
                        DSL.least(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID),
                        DSL.greatest(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID),
                        CLAIM_PAIR.RELATION)
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR.MEETING_ID.eq(meetingId).and(CLAIM_PAIR.AUTHOR_ID.eq(authorId)))
                .fetch(Records.mapping(Couple::new));
    }

    /** A settled couple: the editor's choice (null for settlements made before choices) and the relation that stands. */
    record Settled(long low, long high, Settlement choice, Relation relation) {}

    List<Settled> settlements(long roundId) {
        return db.select(
                        AGREEMENT_SETTLEMENT.LOW_CLAIM_ID,
                        AGREEMENT_SETTLEMENT.HIGH_CLAIM_ID,
                        AGREEMENT_SETTLEMENT.CHOICE,
                        AGREEMENT_SETTLEMENT.RELATION)
                .from(AGREEMENT_SETTLEMENT)
                .where(AGREEMENT_SETTLEMENT.ROUND_ID.eq(roundId))
                .fetch(r -> new Settled(
                        r.value1(),
                        r.value2(),
                        r.value3() == null ? (r.value4() == null ? Settlement.NEITHER : Settlement.FIRST) : r.value3(),
                        r.value4()));
    }

    void settle(long roundId, long low, long high, Settlement choice, Relation relation, long editorId) {
        db.insertInto(AGREEMENT_SETTLEMENT)
                .set(AGREEMENT_SETTLEMENT.ROUND_ID, roundId)
                .set(AGREEMENT_SETTLEMENT.LOW_CLAIM_ID, low)
                .set(AGREEMENT_SETTLEMENT.HIGH_CLAIM_ID, high)
                .set(AGREEMENT_SETTLEMENT.CHOICE, choice)
                .set(AGREEMENT_SETTLEMENT.RELATION, relation)
                .set(AGREEMENT_SETTLEMENT.SETTLED_BY, editorId)
                .execute();
    }

    /** The second reviewer's version of a couple. */
    record BlindVersion(Relation relation, String rationale, String topic) {}

    Optional<BlindVersion> blindVersion(long roundId, long low, long high) {
        return db.select(BLIND_PAIR.RELATION, BLIND_PAIR.RATIONALE, BLIND_PAIR.TOPIC)
                .from(BLIND_PAIR)
                .where(BLIND_PAIR
                        .ROUND_ID
                        .eq(roundId)
                        .and(DSL.least(BLIND_PAIR.LEFT_CLAIM_ID, BLIND_PAIR.RIGHT_CLAIM_ID)
                                .eq(low))
                        .and(DSL.greatest(BLIND_PAIR.LEFT_CLAIM_ID, BLIND_PAIR.RIGHT_CLAIM_ID)
                                .eq(high)))
                .fetchOptional(Records.mapping(BlindVersion::new));
    }

    /**
     * The meeting's pair on a couple, whoever wrote it. Settling writes the meeting's pairs itself: it is
     * the editor's decision between two versions, not an author's edit, so PairingService's author rules
     * do not apply; the database's rules for pairs do.
     */
    Optional<Long> pairOn(long low, long high) {
        return db.select(CLAIM_PAIR.ID)
                .from(CLAIM_PAIR)
                .where(DSL.least(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID)
                        .eq(low)
                        .and(DSL.greatest(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID)
                                .eq(high)))
                .fetchOptional(CLAIM_PAIR.ID);
    }

    long pairAuthor(long pairId) {
        return db.select(CLAIM_PAIR.AUTHOR_ID)
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR.ID.eq(pairId))
                .fetchSingle(CLAIM_PAIR.AUTHOR_ID);
    }

    void deletePair(long pairId) {
        db.deleteFrom(CLAIM_PAIR).where(CLAIM_PAIR.ID.eq(pairId)).execute();
    }

    void markSettled(long pairId, long roundId) {
        db.update(CLAIM_PAIR)
                .set(CLAIM_PAIR.SETTLED_ROUND_ID, roundId)
                .where(CLAIM_PAIR.ID.eq(pairId))
                .execute();
    }

    /** The second reviewer's version as the meeting's pair, handed to the editors (SUBMITTED), with its provenance. */
    long insertSettledPair(long roundId, long low, long high, BlindVersion version, String rationale, long authorId) {
        var left = CLAIM.as("settled_left");
        var right = CLAIM.as("settled_right");
        return db.insertInto(
                        CLAIM_PAIR,
                        CLAIM_PAIR.MEETING_ID,
                        CLAIM_PAIR.LEFT_CLAIM_ID,
                        CLAIM_PAIR.LEFT_PARTY_ID,
                        CLAIM_PAIR.RIGHT_CLAIM_ID,
                        CLAIM_PAIR.RIGHT_PARTY_ID,
                        CLAIM_PAIR.RELATION,
                        CLAIM_PAIR.RATIONALE,
                        CLAIM_PAIR.TOPIC,
                        CLAIM_PAIR.AUTHOR_ID,
                        CLAIM_PAIR.STATUS,
                        CLAIM_PAIR.SETTLED_ROUND_ID)
                .select(DSL.select(
                                left.MEETING_ID,
                                left.ID,
                                left.PARTY_ID,
                                right.ID,
                                right.PARTY_ID,
                                DSL.val(version.relation(), CLAIM_PAIR.RELATION),
                                DSL.val(rationale),
                                DSL.val(version.topic()),
                                DSL.val(authorId),
                                DSL.val(PairStatus.SUBMITTED, CLAIM_PAIR.STATUS),
                                DSL.val(roundId))
                        .from(left)
                        .crossJoin(right)
                        .where(left.ID.eq(low).and(right.ID.eq(high))))
                .returning(CLAIM_PAIR.ID)
                .fetchSingle(CLAIM_PAIR.ID);
    }

    void close(long roundId) {
        db.update(AGREEMENT_ROUND)
                .set(AGREEMENT_ROUND.SETTLED_AT, DSL.currentOffsetDateTime())
                .where(AGREEMENT_ROUND.ID.eq(roundId))
                .execute();
    }

    Map<Long, String> quotes(Collection<Long> claimIds) {
        return db.select(CLAIM.ID, CLAIM.QUOTE)
                .from(CLAIM)
                .where(CLAIM.ID.in(claimIds))
                .fetchMap(CLAIM.ID, CLAIM.QUOTE);
    }
}

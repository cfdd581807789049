package org.parallax.agreement;

import static org.parallax.db.Tables.AGREEMENT_ROUND;
import static org.parallax.db.Tables.AGREEMENT_SETTLEMENT;
import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.BLIND_PAIR;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PARTY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.parallax.db.tables.AppUser;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    /** What a blind pair's rules need to know of a claim. */
    record ClaimSide(long meetingId, long partyId) {
    }

    /** One couple as a reviewer related it: the lower claim id first. */
    record Couple(long low, long high, String relation) {
    }

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
                .returning(AGREEMENT_ROUND.ID).fetchSingle(AGREEMENT_ROUND.ID);
    }

    boolean meetingExists(long meetingId) {
        return db.fetchExists(MEETING, MEETING.ID.eq(meetingId));
    }

    boolean openRoundFor(long meetingId, long secondReviewerId) {
        return db.fetchExists(AGREEMENT_ROUND, AGREEMENT_ROUND.MEETING_ID.eq(meetingId)
                .and(AGREEMENT_ROUND.SECOND_REVIEWER_ID.eq(secondReviewerId)).and(AGREEMENT_ROUND.SETTLED_AT.isNull()));
    }

    Optional<Long> enabledUserId(String username) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username).and(APP_USER.ENABLED.isTrue()))
                .fetchOptional(APP_USER.ID);
    }

    Optional<AgreementRound> round(long id) {
        return rounds(AGREEMENT_ROUND.ID.eq(id)).stream().findFirst();
    }

    List<AgreementRound> roundsOf(long meetingId) {
        return rounds(AGREEMENT_ROUND.MEETING_ID.eq(meetingId));
    }

    private List<AgreementRound> rounds(org.jooq.Condition condition) {
        AppUser first = APP_USER.as("first_reviewer");
        AppUser second = APP_USER.as("second_reviewer");
        return db.select(AGREEMENT_ROUND.ID, AGREEMENT_ROUND.MEETING_ID, first.ID, first.DISPLAY_NAME, second.ID,
                        second.DISPLAY_NAME, AGREEMENT_ROUND.REQUESTED_AT, AGREEMENT_ROUND.SETTLED_AT)
                .from(AGREEMENT_ROUND)
                .join(first).on(first.ID.eq(AGREEMENT_ROUND.FIRST_REVIEWER_ID))
                .join(second).on(second.ID.eq(AGREEMENT_ROUND.SECOND_REVIEWER_ID))
                .where(condition)
                .orderBy(AGREEMENT_ROUND.REQUESTED_AT.desc())
                .fetch(Records.mapping(AgreementRound::new));
    }

    List<Person> people() {
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME).fetch(Records.mapping(Person::new));
    }

    List<ClaimChoice> claimsOf(long meetingId) {
        return db.select(CLAIM.ID, PARTY.CODE, CLAIM.QUOTE).from(CLAIM).join(PARTY).on(PARTY.ID.eq(CLAIM.PARTY_ID))
                .where(CLAIM.MEETING_ID.eq(meetingId).and(CLAIM.ANCHOR_STATUS.ne("NEEDS_ATTENTION")))
                .orderBy(PARTY.CODE, CLAIM.ACCOUNT_ID, CLAIM.START_OFFSET)
                .fetch(Records.mapping(ClaimChoice::new));
    }

    Optional<ClaimSide> claimSide(long claimId) {
        return db.select(CLAIM.MEETING_ID, CLAIM.PARTY_ID).from(CLAIM).where(CLAIM.ID.eq(claimId))
                .fetchOptional(Records.mapping(ClaimSide::new));
    }

    void insertBlindPair(long roundId, long left, long right, String relation) {
        db.insertInto(BLIND_PAIR)
                .set(BLIND_PAIR.ROUND_ID, roundId)
                .set(BLIND_PAIR.LEFT_CLAIM_ID, left)
                .set(BLIND_PAIR.RIGHT_CLAIM_ID, right)
                .set(BLIND_PAIR.RELATION, relation)
                .execute();
    }

    boolean blindCoupleExists(long roundId, long a, long b) {
        return db.fetchExists(BLIND_PAIR, BLIND_PAIR.ROUND_ID.eq(roundId).and(
                BLIND_PAIR.LEFT_CLAIM_ID.eq(a).and(BLIND_PAIR.RIGHT_CLAIM_ID.eq(b))
                        .or(BLIND_PAIR.LEFT_CLAIM_ID.eq(b).and(BLIND_PAIR.RIGHT_CLAIM_ID.eq(a)))));
    }

    List<Couple> blindCouples(long roundId) {
        return db.select(DSL.least(BLIND_PAIR.LEFT_CLAIM_ID, BLIND_PAIR.RIGHT_CLAIM_ID),
                        DSL.greatest(BLIND_PAIR.LEFT_CLAIM_ID, BLIND_PAIR.RIGHT_CLAIM_ID), BLIND_PAIR.RELATION)
                .from(BLIND_PAIR).where(BLIND_PAIR.ROUND_ID.eq(roundId))
                .fetch(Records.mapping(Couple::new));
    }

    /** The first reviewer's pairs in the meeting, as couples. */
    List<Couple> pairCouples(long meetingId, long authorId) {
        return db.select(DSL.least(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID),
                        DSL.greatest(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID), CLAIM_PAIR.RELATION)
                .from(CLAIM_PAIR).where(CLAIM_PAIR.MEETING_ID.eq(meetingId).and(CLAIM_PAIR.AUTHOR_ID.eq(authorId)))
                .fetch(Records.mapping(Couple::new));
    }

    /** Settled couples: low, high, the relation that stands (null: no pair). */
    List<Couple> settlements(long roundId) {
        return db.select(AGREEMENT_SETTLEMENT.LOW_CLAIM_ID, AGREEMENT_SETTLEMENT.HIGH_CLAIM_ID, AGREEMENT_SETTLEMENT.RELATION)
                .from(AGREEMENT_SETTLEMENT).where(AGREEMENT_SETTLEMENT.ROUND_ID.eq(roundId))
                .fetch(Records.mapping(Couple::new));
    }

    void settle(long roundId, long low, long high, String relation, long editorId) {
        db.insertInto(AGREEMENT_SETTLEMENT)
                .set(AGREEMENT_SETTLEMENT.ROUND_ID, roundId)
                .set(AGREEMENT_SETTLEMENT.LOW_CLAIM_ID, low)
                .set(AGREEMENT_SETTLEMENT.HIGH_CLAIM_ID, high)
                .set(AGREEMENT_SETTLEMENT.RELATION, relation)
                .set(AGREEMENT_SETTLEMENT.SETTLED_BY, editorId)
                .onConflict(AGREEMENT_SETTLEMENT.ROUND_ID, AGREEMENT_SETTLEMENT.LOW_CLAIM_ID, AGREEMENT_SETTLEMENT.HIGH_CLAIM_ID)
                .doUpdate()
                .set(AGREEMENT_SETTLEMENT.RELATION, relation)
                .set(AGREEMENT_SETTLEMENT.SETTLED_BY, editorId)
                .set(AGREEMENT_SETTLEMENT.SETTLED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    void close(long roundId) {
        db.update(AGREEMENT_ROUND).set(AGREEMENT_ROUND.SETTLED_AT, DSL.currentOffsetDateTime())
                .where(AGREEMENT_ROUND.ID.eq(roundId)).execute();
    }

    java.util.Map<Long, String> quotes(java.util.Collection<Long> claimIds) {
        return db.select(CLAIM.ID, CLAIM.QUOTE).from(CLAIM).where(CLAIM.ID.in(claimIds)).fetchMap(CLAIM.ID, CLAIM.QUOTE);
    }
}

package org.parallax.review;

import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.EVIDENCE;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PAIR_COMMENT;
import static org.parallax.db.Tables.PARTY;
import static org.parallax.db.Tables.REVIEW;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.parallax.base.PairStatus;
import org.parallax.base.PairVisibility;
import org.parallax.claim.AnchorStatus;
import org.parallax.db.tables.Claim;
import org.parallax.db.tables.Party;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    /**
     * A pair that is approved, with the approval that stands (not voided) and what it sealed; {@code reviewId}
     * is null when no approval stands for it (its status was set by some other route).
     */
    record StandingApproval(Long reviewId, long pairId, long meetingId, String sealed, String contentHash) {}

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    /** Selects the pairs of one meeting, for the seal checks. */
    static Condition ofMeeting(long meetingId) {
        return CLAIM_PAIR.MEETING_ID.eq(meetingId);
    }

    static Condition holdingClaim(long claimId) {
        return CLAIM_PAIR.LEFT_CLAIM_ID.eq(claimId).or(CLAIM_PAIR.RIGHT_CLAIM_ID.eq(claimId));
    }

    static Condition thePair(long pairId) {
        return CLAIM_PAIR.ID.eq(pairId);
    }

    static Condition everyPair() {
        return DSL.trueCondition();
    }

    List<StandingApproval> standingApprovals(Condition pairs) {
        return db.select(REVIEW.ID, CLAIM_PAIR.ID, CLAIM_PAIR.MEETING_ID, REVIEW.SEALED, REVIEW.CONTENT_HASH)
                .from(CLAIM_PAIR)
                .leftJoin(REVIEW)
                .on(REVIEW.PAIR_ID
                        .eq(CLAIM_PAIR.ID)
                        .and(REVIEW.DECISION.eq(Decision.APPROVE))
                        .and(REVIEW.VOIDED_AT.isNull()))
                .where(CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED).and(pairs))
                .orderBy(CLAIM_PAIR.ID)
                .fetch(r -> new StandingApproval(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4() == null ? null : r.value4().data(),
                        r.value5()));
    }

    /** What a seal covers, as the pairs stand now. */
    Map<Long, Seal> seals(Collection<Long> pairIds) {
        Claim left = CLAIM.as("left_claim");
        Claim right = CLAIM.as("right_claim");
        Party leftParty = PARTY.as("left_party");
        Party rightParty = PARTY.as("right_party");
        var evidence = DSL.multiset(DSL.select(EVIDENCE.URL, EVIDENCE.TITLE, EVIDENCE.NOTE)
                        .from(EVIDENCE)
                        .where(EVIDENCE.PAIR_ID.eq(CLAIM_PAIR.ID))
                        .orderBy(EVIDENCE.POSITION, EVIDENCE.ID))
                .convertFrom(r -> r.map(Records.mapping(Seal.Evidence::new)));
        return db.select(
                        CLAIM_PAIR.ID,
                        left.ID,
                        leftParty.CODE,
                        left.REVISION_ID,
                        left.START_OFFSET,
                        left.END_OFFSET,
                        left.QUOTE,
                        left.ANCHOR_STATUS,
                        right.ID,
                        rightParty.CODE,
                        right.REVISION_ID,
                        right.START_OFFSET,
                        right.END_OFFSET,
                        right.QUOTE,
                        right.ANCHOR_STATUS,
                        CLAIM_PAIR.RELATION,
                        CLAIM_PAIR.RATIONALE,
                        CLAIM_PAIR.TOPIC,
                        evidence)
                .from(CLAIM_PAIR)
                .join(left)
                .on(left.ID.eq(CLAIM_PAIR.LEFT_CLAIM_ID))
                .join(right)
                .on(right.ID.eq(CLAIM_PAIR.RIGHT_CLAIM_ID))
                .join(leftParty)
                .on(leftParty.ID.eq(left.PARTY_ID))
                .join(rightParty)
                .on(rightParty.ID.eq(right.PARTY_ID))
                .where(CLAIM_PAIR.ID.in(pairIds))
                .fetchMap(
                        r -> r.get(CLAIM_PAIR.ID),
                        r -> new Seal(
                                new Seal.Side(
                                        r.get(left.ID),
                                        r.get(leftParty.CODE),
                                        r.get(left.REVISION_ID),
                                        r.get(left.START_OFFSET),
                                        r.get(left.END_OFFSET),
                                        r.get(left.QUOTE),
                                        r.get(left.ANCHOR_STATUS) == AnchorStatus.ANCHORED),
                                new Seal.Side(
                                        r.get(right.ID),
                                        r.get(rightParty.CODE),
                                        r.get(right.REVISION_ID),
                                        r.get(right.START_OFFSET),
                                        r.get(right.END_OFFSET),
                                        r.get(right.QUOTE),
                                        r.get(right.ANCHOR_STATUS) == AnchorStatus.ANCHORED),
                                r.get(CLAIM_PAIR.RELATION),
                                r.get(CLAIM_PAIR.RATIONALE),
                                r.get(CLAIM_PAIR.TOPIC),
                                r.get(evidence)));
    }

    /** Completes an approval made before the seal covered everything. */
    void reseal(long reviewId, String sealed, String contentHash) {
        db.update(REVIEW)
                .set(REVIEW.SEALED, JSONB.valueOf(sealed))
                .set(REVIEW.CONTENT_HASH, contentHash)
                .where(REVIEW.ID.eq(reviewId))
                .execute();
    }

    /**
     * An approved pair whose seal broke goes back to the review queue, with what changed. The review
     * lifecycle's own move: no author or editor asked for it, so it bypasses PairingService's rules.
     */
    void sendBack(long pairId, String reason) {
        db.update(CLAIM_PAIR)
                .set(CLAIM_PAIR.STATUS, PairStatus.SUBMITTED)
                .set(CLAIM_PAIR.REREVIEW_REASON, reason)
                .set(CLAIM_PAIR.VERSION, CLAIM_PAIR.VERSION.plus(1))
                .set(CLAIM_PAIR.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CLAIM_PAIR.ID.eq(pairId).and(CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED)))
                .execute();
    }

    /** Submitted pairs, oldest first: the order an editor works through them. */
    List<QueuedPair> submitted(QueueFilter filter, int limit, long viewerId) {
        Claim left = CLAIM.as("left_claim");
        Claim right = CLAIM.as("right_claim");
        Party leftParty = PARTY.as("left_party");
        Party rightParty = PARTY.as("right_party");
        List<Condition> where = new ArrayList<>();
        where.add(CLAIM_PAIR.STATUS.eq(PairStatus.SUBMITTED));
        where.add(PairVisibility.visibleTo(CLAIM_PAIR, viewerId));
        if (present(filter.text())) {
            where.add(MEETING.TITLE.containsIgnoreCase(filter.text().strip()));
        }
        if (present(filter.party())) {
            where.add(leftParty
                    .CODE
                    .equalIgnoreCase(filter.party().strip())
                    .or(rightParty.CODE.equalIgnoreCase(filter.party().strip())));
        }
        if (present(filter.topic())) {
            where.add(CLAIM_PAIR.TOPIC.containsIgnoreCase(filter.topic().strip()));
        }
        if (filter.relation() != null) {
            where.add(CLAIM_PAIR.RELATION.eq(filter.relation()));
        }
        if (present(filter.author())) {
            where.add(APP_USER.DISPLAY_NAME
                    .containsIgnoreCase(filter.author().strip())
                    .or(APP_USER.USERNAME.equalIgnoreCase(filter.author().strip())));
        }
        if (filter.olderThanDays() != null && filter.olderThanDays() > 0) {
            where.add(CLAIM_PAIR.UPDATED_AT.le(OffsetDateTime.now().minusDays(filter.olderThanDays())));
        }
        return db.select(
                        CLAIM_PAIR.ID,
                        MEETING.ID,
                        MEETING.TITLE,
                        leftParty.CODE,
                        left.QUOTE,
                        rightParty.CODE,
                        right.QUOTE,
                        CLAIM_PAIR.RELATION,
                        CLAIM_PAIR.TOPIC,
                        APP_USER.DISPLAY_NAME,
                        CLAIM_PAIR.UPDATED_AT)
                .from(CLAIM_PAIR)
                .join(MEETING)
                .on(MEETING.ID.eq(CLAIM_PAIR.MEETING_ID))
                .join(left)
                .on(left.ID.eq(CLAIM_PAIR.LEFT_CLAIM_ID))
                .join(right)
                .on(right.ID.eq(CLAIM_PAIR.RIGHT_CLAIM_ID))
                .join(leftParty)
                .on(leftParty.ID.eq(CLAIM_PAIR.LEFT_PARTY_ID))
                .join(rightParty)
                .on(rightParty.ID.eq(CLAIM_PAIR.RIGHT_PARTY_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(CLAIM_PAIR.AUTHOR_ID))
                .where(where)
                .orderBy(CLAIM_PAIR.UPDATED_AT.asc(), CLAIM_PAIR.ID.asc())
                .limit(limit)
                .fetch(Records.mapping(QueuedPair::new));
    }

    void insert(
            long pairId,
            long pairAuthorId,
            long editorId,
            Decision decision,
            String note,
            String sealed,
            String contentHash) {
        db.insertInto(REVIEW)
                .set(REVIEW.SEALED, JSONB.valueOf(sealed))
                .set(REVIEW.PAIR_ID, pairId)
                .set(REVIEW.PAIR_AUTHOR_ID, pairAuthorId)
                .set(REVIEW.EDITOR_ID, editorId)
                .set(REVIEW.DECISION, decision)
                .set(REVIEW.NOTE, note)
                .set(REVIEW.CONTENT_HASH, contentHash)
                .execute();
    }

    /** Voids the pair's standing approvals. */
    int voidApprovals(long pairId, String reason) {
        return db.update(REVIEW)
                .set(REVIEW.VOIDED_AT, DSL.currentOffsetDateTime())
                .set(REVIEW.VOID_REASON, reason)
                .where(REVIEW.PAIR_ID
                        .eq(pairId)
                        .and(REVIEW.DECISION.eq(Decision.APPROVE))
                        .and(REVIEW.VOIDED_AT.isNull()))
                .execute();
    }

    /** A decision as ReviewRecord reads it (the editor's name from app_user). */
    private SelectSelectStep<
                    Record9<Long, Long, String, Decision, String, String, OffsetDateTime, OffsetDateTime, String>>
            records() {
        return db.select(
                REVIEW.ID,
                REVIEW.PAIR_ID,
                APP_USER.DISPLAY_NAME,
                REVIEW.DECISION,
                REVIEW.NOTE,
                REVIEW.CONTENT_HASH,
                REVIEW.DECIDED_AT,
                REVIEW.VOIDED_AT,
                REVIEW.VOID_REASON);
    }

    List<ReviewRecord> ofPair(long pairId) {
        return records()
                .from(REVIEW)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REVIEW.EDITOR_ID))
                .where(REVIEW.PAIR_ID.eq(pairId))
                .orderBy(REVIEW.DECIDED_AT.desc(), REVIEW.ID.desc())
                .fetch(Records.mapping(ReviewRecord::new));
    }

    /** The newest decision on each of the given pairs. */
    Map<Long, ReviewRecord> latest(Collection<Long> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        return records()
                .distinctOn(REVIEW.PAIR_ID)
                .from(REVIEW)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REVIEW.EDITOR_ID))
                .where(REVIEW.PAIR_ID.in(pairIds))
                .orderBy(REVIEW.PAIR_ID, REVIEW.DECIDED_AT.desc(), REVIEW.ID.desc())
                .fetch(Records.mapping(ReviewRecord::new))
                .stream()
                .collect(Collectors.toMap(ReviewRecord::pairId, r -> r));
    }

    long insertComment(long pairId, long authorId, String body) {
        return db.insertInto(PAIR_COMMENT)
                .set(PAIR_COMMENT.PAIR_ID, pairId)
                .set(PAIR_COMMENT.AUTHOR_ID, authorId)
                .set(PAIR_COMMENT.BODY, body)
                .returning(PAIR_COMMENT.ID)
                .fetchSingle(PAIR_COMMENT.ID);
    }

    List<PairComment> comments(long pairId) {
        return comments(PAIR_COMMENT.PAIR_ID.eq(pairId));
    }

    PairComment comment(long id) {
        return comments(PAIR_COMMENT.ID.eq(id)).getFirst();
    }

    private List<PairComment> comments(Condition condition) {
        return db.select(
                        PAIR_COMMENT.ID,
                        PAIR_COMMENT.PAIR_ID,
                        APP_USER.DISPLAY_NAME,
                        PAIR_COMMENT.BODY,
                        PAIR_COMMENT.CREATED_AT)
                .from(PAIR_COMMENT)
                .join(APP_USER)
                .on(APP_USER.ID.eq(PAIR_COMMENT.AUTHOR_ID))
                .where(condition)
                .orderBy(PAIR_COMMENT.CREATED_AT, PAIR_COMMENT.ID)
                .fetch(Records.mapping(PairComment::new));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

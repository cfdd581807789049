package org.parallax.pairing;

import static org.parallax.db.Tables.AGREEMENT_ROUND;
import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.BLIND_PAIR;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.EVIDENCE;
import static org.parallax.db.Tables.PARTY;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.parallax.base.PairStatus;
import org.parallax.base.PairVisibility;
import org.parallax.db.tables.Claim;
import org.parallax.db.tables.Party;
import org.springframework.stereotype.Repository;

@Repository
class PairRepository {

    /** A pair as the highlights need it: which claims, its status and relation. */
    /** A link between two claims; {@code status} is null for a blind pair of an open agreement round. */
    record PairLink(long leftClaimId, long rightClaimId, PairStatus status, Relation relation) {}

    /** What the pair rules need to know of a claim. */
    record ClaimSide(long id, long meetingId, long partyId) {}

    private final DSLContext db;

    PairRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ClaimSide> claimSide(long claimId) {
        return db.select(CLAIM.ID, CLAIM.MEETING_ID, CLAIM.PARTY_ID)
                .from(CLAIM)
                .where(CLAIM.ID.eq(claimId))
                .fetchOptional(Records.mapping(ClaimSide::new));
    }

    boolean coupleExists(long a, long b) {
        return db.fetchExists(
                CLAIM_PAIR,
                CLAIM_PAIR
                        .LEFT_CLAIM_ID
                        .eq(a)
                        .and(CLAIM_PAIR.RIGHT_CLAIM_ID.eq(b))
                        .or(CLAIM_PAIR.LEFT_CLAIM_ID.eq(b).and(CLAIM_PAIR.RIGHT_CLAIM_ID.eq(a))));
    }

    long insert(ClaimSide left, ClaimSide right, NewPair pair, long authorId) {
        return db.insertInto(CLAIM_PAIR)
                .set(CLAIM_PAIR.MEETING_ID, left.meetingId())
                .set(CLAIM_PAIR.LEFT_CLAIM_ID, left.id())
                .set(CLAIM_PAIR.LEFT_PARTY_ID, left.partyId())
                .set(CLAIM_PAIR.RIGHT_CLAIM_ID, right.id())
                .set(CLAIM_PAIR.RIGHT_PARTY_ID, right.partyId())
                .set(CLAIM_PAIR.RELATION, pair.relation())
                .set(CLAIM_PAIR.RATIONALE, pair.rationale())
                .set(CLAIM_PAIR.TOPIC, pair.topic())
                .set(CLAIM_PAIR.AUTHOR_ID, authorId)
                .returning(CLAIM_PAIR.ID)
                .fetchSingle(CLAIM_PAIR.ID);
    }

    void insertEvidence(long pairId, int position, NewEvidence evidence, long createdBy) {
        db.insertInto(EVIDENCE)
                .set(EVIDENCE.PAIR_ID, pairId)
                .set(EVIDENCE.POSITION, position)
                .set(EVIDENCE.URL, evidence.url())
                .set(EVIDENCE.TITLE, evidence.title())
                .set(EVIDENCE.NOTE, evidence.note())
                .set(EVIDENCE.CREATED_BY, createdBy)
                .execute();
    }

    void deleteEvidence(long pairId) {
        db.deleteFrom(EVIDENCE).where(EVIDENCE.PAIR_ID.eq(pairId)).execute();
    }

    List<NewEvidence> evidence(long pairId) {
        return db.select(EVIDENCE.URL, EVIDENCE.TITLE, EVIDENCE.NOTE)
                .from(EVIDENCE)
                .where(EVIDENCE.PAIR_ID.eq(pairId))
                .orderBy(EVIDENCE.POSITION)
                .fetch(Records.mapping(NewEvidence::new));
    }

    /** @return false when the pair was changed since {@code version} was read */
    boolean update(long id, int version, Relation relation, String rationale, String topic) {
        return db.update(CLAIM_PAIR)
                        .set(CLAIM_PAIR.RELATION, relation)
                        .set(CLAIM_PAIR.RATIONALE, rationale)
                        .set(CLAIM_PAIR.TOPIC, topic)
                        .set(CLAIM_PAIR.VERSION, CLAIM_PAIR.VERSION.plus(1))
                        .set(CLAIM_PAIR.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(CLAIM_PAIR.ID.eq(id).and(CLAIM_PAIR.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean setStatus(long id, int version, PairStatus status) {
        return db.update(CLAIM_PAIR)
                        .set(CLAIM_PAIR.STATUS, status)
                        .setNull(CLAIM_PAIR.REREVIEW_REASON)
                        .set(CLAIM_PAIR.VERSION, CLAIM_PAIR.VERSION.plus(1))
                        .set(CLAIM_PAIR.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(CLAIM_PAIR.ID.eq(id).and(CLAIM_PAIR.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean delete(long id, int version) {
        return db.deleteFrom(CLAIM_PAIR)
                        .where(CLAIM_PAIR.ID.eq(id).and(CLAIM_PAIR.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    Optional<ClaimPair> findById(long id, long viewerId) {
        return select(CLAIM_PAIR.ID.eq(id).and(visibleTo(viewerId)), CLAIM_PAIR.ID.desc(), 0, 1).stream()
                .findFirst();
    }

    List<ClaimPair> findByMeeting(long meetingId, PairFilter filter, int offset, int limit, long viewerId) {
        // Newest pair first, and a pair keeps its place when it changes: a list being worked through does not
        // reshuffle under the reader at each submit, and pages do not skip or repeat rows.
        return select(
                CLAIM_PAIR.MEETING_ID.eq(meetingId).and(visibleTo(viewerId)).and(matching(filter)),
                CLAIM_PAIR.ID.desc(),
                offset,
                limit);
    }

    /** The author's drafts in the meeting, oldest first: the order they were made in. */
    List<ClaimPair> findDrafts(long meetingId, long authorId) {
        return select(
                CLAIM_PAIR
                        .MEETING_ID
                        .eq(meetingId)
                        .and(CLAIM_PAIR.AUTHOR_ID.eq(authorId))
                        .and(CLAIM_PAIR.STATUS.eq(PairStatus.DRAFT)),
                CLAIM_PAIR.ID.asc(),
                0,
                Integer.MAX_VALUE);
    }

    List<ClaimPair> findByAuthor(long authorId) {
        return select(CLAIM_PAIR.AUTHOR_ID.eq(authorId), CLAIM_PAIR.UPDATED_AT.desc(), 0, 1000);
    }

    int countByMeeting(long meetingId, PairFilter filter, long viewerId) {
        return db.fetchCount(
                CLAIM_PAIR,
                CLAIM_PAIR.MEETING_ID.eq(meetingId).and(visibleTo(viewerId)).and(matching(filter)));
    }

    private static Condition matching(PairFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.relation() != null) {
            condition = condition.and(CLAIM_PAIR.RELATION.eq(filter.relation()));
        }
        if (filter.status() != null) {
            condition = condition.and(CLAIM_PAIR.STATUS.eq(filter.status()));
        }
        if (filter.party() != null) {
            var party = DSL.select(PARTY.ID).from(PARTY).where(PARTY.CODE.equalIgnoreCase(filter.party()));
            condition = condition.and(CLAIM_PAIR.LEFT_PARTY_ID.in(party).or(CLAIM_PAIR.RIGHT_PARTY_ID.in(party)));
        }
        if (filter.topic() != null) {
            condition = condition.and(CLAIM_PAIR.TOPIC.equalIgnoreCase(filter.topic()));
        }
        return condition;
    }

    private static Condition visibleTo(long viewerId) {
        return PairVisibility.visibleTo(CLAIM_PAIR, viewerId);
    }

    /** The open agreement round in which the viewer pairs the meeting blind (their pairs go there), if any. */
    Optional<Long> blindRound(long meetingId, long viewerId) {
        return db.select(AGREEMENT_ROUND.ID)
                .from(AGREEMENT_ROUND)
                .where(AGREEMENT_ROUND.MEETING_ID.eq(meetingId).and(PairVisibility.openRoundsPairedBlindBy(viewerId)))
                .fetchOptional(AGREEMENT_ROUND.ID);
    }

    boolean blindCoupleExists(long roundId, long a, long b) {
        return db.fetchExists(
                BLIND_PAIR,
                BLIND_PAIR
                        .ROUND_ID
                        .eq(roundId)
                        .and(BLIND_PAIR
                                .LEFT_CLAIM_ID
                                .eq(a)
                                .and(BLIND_PAIR.RIGHT_CLAIM_ID.eq(b))
                                .or(BLIND_PAIR.LEFT_CLAIM_ID.eq(b).and(BLIND_PAIR.RIGHT_CLAIM_ID.eq(a)))));
    }

    long insertBlind(long roundId, NewPair pair) {
        return db.insertInto(BLIND_PAIR)
                .set(BLIND_PAIR.ROUND_ID, roundId)
                .set(BLIND_PAIR.LEFT_CLAIM_ID, pair.leftClaimId())
                .set(BLIND_PAIR.RIGHT_CLAIM_ID, pair.rightClaimId())
                .set(BLIND_PAIR.RELATION, pair.relation())
                .set(BLIND_PAIR.RATIONALE, pair.rationale())
                .set(BLIND_PAIR.TOPIC, pair.topic())
                .returning(BLIND_PAIR.ID)
                .fetchSingle(BLIND_PAIR.ID);
    }

    int blindCount(long roundId) {
        return db.fetchCount(BLIND_PAIR, BLIND_PAIR.ROUND_ID.eq(roundId));
    }

    /** The viewer's blind pairs in their open round on the meeting, drawn like pairs in the comparison. */
    List<PairLink> blindLinks(long meetingId, long viewerId) {
        return blindLinks(AGREEMENT_ROUND.MEETING_ID.eq(meetingId), viewerId);
    }

    List<PairLink> blindLinksOfClaims(Collection<Long> claimIds, long viewerId) {
        return blindLinks(BLIND_PAIR.LEFT_CLAIM_ID.in(claimIds).or(BLIND_PAIR.RIGHT_CLAIM_ID.in(claimIds)), viewerId);
    }

    private List<PairLink> blindLinks(Condition condition, long viewerId) {
        return db.select(
                        BLIND_PAIR.LEFT_CLAIM_ID,
                        BLIND_PAIR.RIGHT_CLAIM_ID,
                        DSL.castNull(CLAIM_PAIR.STATUS),
                        BLIND_PAIR.RELATION)
                .from(BLIND_PAIR)
                .join(AGREEMENT_ROUND)
                .on(AGREEMENT_ROUND.ID.eq(BLIND_PAIR.ROUND_ID))
                .where(condition.and(PairVisibility.openRoundsPairedBlindBy(viewerId)))
                .orderBy(BLIND_PAIR.CREATED_AT.desc(), BLIND_PAIR.ID.desc())
                .fetch(Records.mapping(PairLink::new));
    }

    /** Changes whenever a pair of the meeting that the viewer sees (their blind pairs too) is added, changed or deleted. */
    long fingerprint(long meetingId, long viewerId) {
        var row = db.select(
                        DSL.count(),
                        DSL.sum(CLAIM_PAIR.ID.mul(31).plus(CLAIM_PAIR.VERSION)),
                        DSL.max(CLAIM_PAIR.UPDATED_AT))
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR.MEETING_ID.eq(meetingId).and(visibleTo(viewerId)))
                .fetchSingle();
        int blind = db.fetchCount(DSL.selectOne()
                .from(BLIND_PAIR)
                .join(AGREEMENT_ROUND)
                .on(AGREEMENT_ROUND.ID.eq(BLIND_PAIR.ROUND_ID))
                .where(AGREEMENT_ROUND.MEETING_ID.eq(meetingId).and(PairVisibility.openRoundsPairedBlindBy(viewerId))));
        return Objects.hash(row.value1(), row.value2(), row.value3(), blind);
    }

    /** Every pair of a meeting, newest change first, without its texts. */
    List<PairLink> linksOfMeeting(long meetingId, long viewerId) {
        return links(CLAIM_PAIR.MEETING_ID.eq(meetingId).and(visibleTo(viewerId)));
    }

    List<PairLink> linksOfClaim(long claimId, long viewerId) {
        return linksOfClaims(List.of(claimId), viewerId);
    }

    List<PairLink> linksOfClaims(Collection<Long> claimIds, long viewerId) {
        return links(CLAIM_PAIR
                .LEFT_CLAIM_ID
                .in(claimIds)
                .or(CLAIM_PAIR.RIGHT_CLAIM_ID.in(claimIds))
                .and(visibleTo(viewerId)));
    }

    private List<PairLink> links(Condition condition) {
        return db.select(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID, CLAIM_PAIR.STATUS, CLAIM_PAIR.RELATION)
                .from(CLAIM_PAIR)
                .where(condition)
                .orderBy(CLAIM_PAIR.UPDATED_AT.desc(), CLAIM_PAIR.ID.desc())
                .fetch(Records.mapping(PairLink::new));
    }

    private List<ClaimPair> select(Condition condition, SortField<?> order, int offset, int limit) {
        Claim left = CLAIM.as("left_claim");
        Claim right = CLAIM.as("right_claim");
        Party leftParty = PARTY.as("left_party");
        Party rightParty = PARTY.as("right_party");
        return db.select(
                        CLAIM_PAIR.ID,
                        CLAIM_PAIR.MEETING_ID,
                        left.ID,
                        left.QUOTE,
                        leftParty.CODE,
                        right.ID,
                        right.QUOTE,
                        rightParty.CODE,
                        CLAIM_PAIR.RELATION,
                        CLAIM_PAIR.RATIONALE,
                        CLAIM_PAIR.TOPIC,
                        CLAIM_PAIR.STATUS,
                        CLAIM_PAIR.AUTHOR_ID,
                        APP_USER.DISPLAY_NAME,
                        CLAIM_PAIR.UPDATED_AT,
                        CLAIM_PAIR.VERSION,
                        CLAIM_PAIR.REREVIEW_REASON)
                .from(CLAIM_PAIR)
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
                .where(condition)
                .orderBy(order, CLAIM_PAIR.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ClaimPair::new));
    }
}

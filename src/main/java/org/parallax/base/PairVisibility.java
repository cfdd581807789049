package org.parallax.base;

import static org.parallax.db.Tables.AGREEMENT_ROUND;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.parallax.db.tables.AuditEvent;
import org.parallax.db.tables.ClaimPair;

/**
 * Who may see which claim pairs: the one rule that every query reading or counting pairs applies. A
 * second reviewer pairing a meeting blind (an open agreement round) sees only their own pairs of it:
 * the first reviewer's would give the answers away. Everyone else sees every pair.
 */
public final class PairVisibility {

    /** Audit entities that tell of a pair: the pair itself, its reviews and its comments. */
    private static final List<String> PAIR_EVENTS = List.of("claim_pair", "review", "pair_comment");

    private PairVisibility() {}

    /** The agreement rounds (rows of {@code agreement_round}) in which the viewer is pairing blind now. */
    public static Condition openRoundsPairedBlindBy(long viewerId) {
        return AGREEMENT_ROUND.SECOND_REVIEWER_ID.eq(viewerId).and(AGREEMENT_ROUND.SETTLED_AT.isNull());
    }

    /** The viewer is the second reviewer of an open agreement round on the meeting. */
    public static Condition pairsBlind(Field<Long> meetingId, long viewerId) {
        return DSL.exists(DSL.selectOne()
                .from(AGREEMENT_ROUND)
                .where(AGREEMENT_ROUND.MEETING_ID.eq(meetingId).and(openRoundsPairedBlindBy(viewerId))));
    }

    /** The pairs (of any alias of {@code claim_pair}) the viewer may see. */
    public static Condition visibleTo(ClaimPair pair, long viewerId) {
        return pair.AUTHOR_ID.eq(viewerId).or(DSL.not(pairsBlind(pair.MEETING_ID, viewerId)));
    }

    /**
     * The history the viewer may see: a blind viewer does not see what others did to the meeting's pairs,
     * and nobody but the second reviewer sees their blind pairs while the round is open.
     */
    public static Condition eventVisibleTo(AuditEvent event, long viewerId) {
        Condition othersPairEvent = event.ENTITY_TYPE
                .in(PAIR_EVENTS)
                .and(event.ACTOR_ID.isNull().or(event.ACTOR_ID.ne(viewerId)))
                .and(pairsBlind(event.MEETING_ID, viewerId));
        Condition othersOpenBlindPair = event.ENTITY_TYPE
                .eq("agreement_round")
                .and(event.ACTION.eq("pair_blind"))
                .and(event.ACTOR_ID.isNull().or(event.ACTOR_ID.ne(viewerId)))
                .and(DSL.exists(DSL.selectOne()
                        .from(AGREEMENT_ROUND)
                        .where(AGREEMENT_ROUND.ID.eq(event.ENTITY_ID).and(AGREEMENT_ROUND.SETTLED_AT.isNull()))));
        return DSL.not(othersPairEvent).and(DSL.not(othersOpenBlindPair));
    }
}

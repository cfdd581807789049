package org.parallax.review;

import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PARTY;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.parallax.db.tables.Claim;
import org.parallax.db.tables.Party;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    /** Submitted pairs, oldest first: the order an editor works through them. */
    List<QueuedPair> submitted(int limit) {
        Claim left = CLAIM.as("left_claim");
        Claim right = CLAIM.as("right_claim");
        Party leftParty = PARTY.as("left_party");
        Party rightParty = PARTY.as("right_party");
        return db.select(CLAIM_PAIR.ID, MEETING.ID, MEETING.TITLE, leftParty.CODE, left.QUOTE, rightParty.CODE,
                        right.QUOTE, CLAIM_PAIR.RELATION, APP_USER.DISPLAY_NAME, CLAIM_PAIR.UPDATED_AT)
                .from(CLAIM_PAIR)
                .join(MEETING).on(MEETING.ID.eq(CLAIM_PAIR.MEETING_ID))
                .join(left).on(left.ID.eq(CLAIM_PAIR.LEFT_CLAIM_ID))
                .join(right).on(right.ID.eq(CLAIM_PAIR.RIGHT_CLAIM_ID))
                .join(leftParty).on(leftParty.ID.eq(CLAIM_PAIR.LEFT_PARTY_ID))
                .join(rightParty).on(rightParty.ID.eq(CLAIM_PAIR.RIGHT_PARTY_ID))
                .join(APP_USER).on(APP_USER.ID.eq(CLAIM_PAIR.AUTHOR_ID))
                .where(CLAIM_PAIR.STATUS.eq("SUBMITTED"))
                .orderBy(CLAIM_PAIR.UPDATED_AT.asc(), CLAIM_PAIR.ID.asc())
                .limit(limit)
                .fetch(Records.mapping(QueuedPair::new));
    }
}

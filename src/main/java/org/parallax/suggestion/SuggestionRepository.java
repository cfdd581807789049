package org.parallax.suggestion;

import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_REVISION;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.DISMISSED_SUGGESTION;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.parallax.base.PairVisibility;
import org.springframework.stereotype.Repository;

@Repository
class SuggestionRepository {

    /** An account's current text, with what suggestions need around it. */
    record CurrentText(long accountId, long meetingId, long partyId, long revisionId, String text) {}

    record ClaimAt(long id, int start, int end) {}

    /** A dismissed couple of spans, by revision. */
    record Dismissed(long leftRevision, int leftStart, int leftEnd, long rightRevision, int rightStart, int rightEnd) {}

    private final DSLContext db;

    SuggestionRepository(DSLContext db) {
        this.db = db;
    }

    Optional<CurrentText> currentText(long accountId) {
        return db.select(ACCOUNT.ID, ACCOUNT.MEETING_ID, ACCOUNT.PARTY_ID, ACCOUNT_REVISION.ID, ACCOUNT_REVISION.TEXT)
                .from(ACCOUNT)
                .join(ACCOUNT_REVISION)
                .on(ACCOUNT_REVISION.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.ID.eq(accountId))
                .orderBy(ACCOUNT_REVISION.REVISION_NO.desc())
                .limit(1)
                .fetchOptional(Records.mapping(CurrentText::new));
    }

    List<ClaimAt> claimsOf(long accountId, long revisionId) {
        return db.select(CLAIM.ID, CLAIM.START_OFFSET, CLAIM.END_OFFSET)
                .from(CLAIM)
                .where(CLAIM.ACCOUNT_ID.eq(accountId).and(CLAIM.REVISION_ID.eq(revisionId)))
                .orderBy(CLAIM.START_OFFSET, CLAIM.END_OFFSET)
                .fetch(Records.mapping(ClaimAt::new));
    }

    /** The couples of claims the viewer sees paired, as "low:high" ids. */
    Set<String> pairedCouples(long meetingId, long viewerId) {
        Set<String> couples = new HashSet<>();
        db.select(CLAIM_PAIR.LEFT_CLAIM_ID, CLAIM_PAIR.RIGHT_CLAIM_ID)
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR.MEETING_ID.eq(meetingId).and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId)))
                .forEach(r -> couples.add(couple(r.value1(), r.value2())));
        return couples;
    }

    static String couple(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    Set<Dismissed> dismissed(long meetingId) {
        return new HashSet<>(db.select(
                        DISMISSED_SUGGESTION.LEFT_REVISION_ID,
                        DISMISSED_SUGGESTION.LEFT_START,
                        DISMISSED_SUGGESTION.LEFT_END,
                        DISMISSED_SUGGESTION.RIGHT_REVISION_ID,
                        DISMISSED_SUGGESTION.RIGHT_START,
                        DISMISSED_SUGGESTION.RIGHT_END)
                .from(DISMISSED_SUGGESTION)
                .where(DISMISSED_SUGGESTION.MEETING_ID.eq(meetingId))
                .fetch(Records.mapping(Dismissed::new)));
    }

    /** @return false when it was dismissed already */
    boolean dismiss(long meetingId, Dismissed d, long userId) {
        return db.insertInto(DISMISSED_SUGGESTION)
                        .set(DISMISSED_SUGGESTION.MEETING_ID, meetingId)
                        .set(DISMISSED_SUGGESTION.LEFT_REVISION_ID, d.leftRevision())
                        .set(DISMISSED_SUGGESTION.LEFT_START, d.leftStart())
                        .set(DISMISSED_SUGGESTION.LEFT_END, d.leftEnd())
                        .set(DISMISSED_SUGGESTION.RIGHT_REVISION_ID, d.rightRevision())
                        .set(DISMISSED_SUGGESTION.RIGHT_START, d.rightStart())
                        .set(DISMISSED_SUGGESTION.RIGHT_END, d.rightEnd())
                        .set(DISMISSED_SUGGESTION.DISMISSED_BY, userId)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }
}

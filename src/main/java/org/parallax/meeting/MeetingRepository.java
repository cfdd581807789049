package org.parallax.meeting;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_REVISION;
import static org.parallax.db.Tables.AGREEMENT_ROUND;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PARTY;
import static org.parallax.db.Tables.REVIEW;
import static org.parallax.db.Tables.SOURCE_DOCUMENT;

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
import org.parallax.party.Party;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    private final DSLContext db;

    MeetingRepository(DSLContext db) {
        this.db = db;
    }

    List<MeetingSummary> find(MeetingFilter filter, int offset, int limit, long viewerId) {
        return select(conditionFor(filter), offset, limit, viewerId);
    }

    Optional<MeetingSummary> findById(long id, long viewerId) {
        return select(MEETING.ID.eq(id), 0, 1, viewerId).stream().findFirst();
    }

    /** Whether any pair of the meeting was ever handed to the editors (whoever may see it). */
    boolean anythingSubmitted(long id) {
        return db.fetchExists(CLAIM_PAIR, CLAIM_PAIR.MEETING_ID.eq(id).and(CLAIM_PAIR.STATUS.ne(PairStatus.DRAFT)))
                || db.fetchExists(selectOne()
                        .from(REVIEW)
                        .join(CLAIM_PAIR)
                        .on(CLAIM_PAIR.ID.eq(REVIEW.PAIR_ID))
                        .where(CLAIM_PAIR.MEETING_ID.eq(id)));
    }

    private List<MeetingSummary> select(Condition condition, int offset, int limit, long viewerId) {
        return db.select(
                        MEETING.ID,
                        MEETING.TITLE,
                        MEETING.STARTS_ON,
                        MEETING.ENDS_ON,
                        MEETING.LOCATION,
                        MEETING.DESCRIPTION,
                        MEETING.ARCHIVED,
                        selectCount()
                                .from(ACCOUNT)
                                .where(ACCOUNT.MEETING_ID.eq(MEETING.ID))
                                .<Integer>asField(),
                        selectCount()
                                .from(CLAIM)
                                .where(CLAIM.MEETING_ID.eq(MEETING.ID))
                                .<Integer>asField(),
                        selectCount()
                                .from(CLAIM_PAIR)
                                .where(CLAIM_PAIR
                                        .MEETING_ID
                                        .eq(MEETING.ID)
                                        .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId)))
                                .<Integer>asField(),
                        selectCount()
                                .from(REVIEW)
                                .join(CLAIM_PAIR)
                                .on(CLAIM_PAIR.ID.eq(REVIEW.PAIR_ID))
                                .where(CLAIM_PAIR
                                        .MEETING_ID
                                        .eq(MEETING.ID)
                                        .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId)))
                                .<Integer>asField(),
                        multiset(selectDistinct(PARTY.ID, PARTY.CODE, PARTY.NAME, PARTY.COLOUR)
                                        .from(ACCOUNT)
                                        .join(PARTY)
                                        .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                                        .where(ACCOUNT.MEETING_ID.eq(MEETING.ID))
                                        .orderBy(PARTY.CODE))
                                .convertFrom(r -> r.map(Records.mapping(Party::new))),
                        MEETING.VERSION,
                        MEETING.CREATED_BY)
                .from(MEETING)
                .where(condition)
                .orderBy(MEETING.STARTS_ON.desc(), MEETING.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(MeetingSummary::new));
    }

    int count(MeetingFilter filter) {
        return db.fetchCount(MEETING, conditionFor(filter));
    }

    Optional<String> title(long id) {
        return db.select(MEETING.TITLE).from(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MEETING.TITLE);
    }

    Map<Long, String> titles(Collection<Long> ids) {
        return db.select(MEETING.ID, MEETING.TITLE)
                .from(MEETING)
                .where(MEETING.ID.in(ids))
                .fetchMap(MEETING.ID, MEETING.TITLE);
    }

    long insert(NewMeeting meeting, long createdBy) {
        return db.insertInto(MEETING)
                .set(MEETING.TITLE, meeting.title())
                .set(MEETING.STARTS_ON, meeting.startsOn())
                .set(MEETING.ENDS_ON, meeting.endsOn())
                .set(MEETING.LOCATION, meeting.location())
                .set(MEETING.DESCRIPTION, meeting.description())
                .set(MEETING.CREATED_BY, createdBy)
                .returning(MEETING.ID)
                .fetchSingle(MEETING.ID);
    }

    boolean update(long id, int version, NewMeeting meeting) {
        return db.update(MEETING)
                        .set(MEETING.TITLE, meeting.title())
                        .set(MEETING.STARTS_ON, meeting.startsOn())
                        .set(MEETING.ENDS_ON, meeting.endsOn())
                        .set(MEETING.LOCATION, meeting.location())
                        .set(MEETING.DESCRIPTION, meeting.description())
                        .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                        .set(MEETING.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(MEETING.ID.eq(id).and(MEETING.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean setArchived(long id, int version, boolean archived) {
        return db.update(MEETING)
                        .set(MEETING.ARCHIVED, archived)
                        .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                        .set(MEETING.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(MEETING.ID.eq(id).and(MEETING.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /**
     * Deletes a meeting and everything in it: its agreement rounds (their blind pairs and settlements go
     * with them), pairs (their evidence, reviews and comments go with them), claims, accounts and sources.
     */
    void deleteWithContents(long id) {
        db.deleteFrom(AGREEMENT_ROUND).where(AGREEMENT_ROUND.MEETING_ID.eq(id)).execute();
        db.deleteFrom(CLAIM_PAIR).where(CLAIM_PAIR.MEETING_ID.eq(id)).execute();
        db.deleteFrom(CLAIM).where(CLAIM.MEETING_ID.eq(id)).execute();
        db.deleteFrom(ACCOUNT_REVISION)
                .where(ACCOUNT_REVISION.ACCOUNT_ID.in(
                        DSL.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.MEETING_ID.eq(id))))
                .execute();
        db.deleteFrom(ACCOUNT).where(ACCOUNT.MEETING_ID.eq(id)).execute();
        db.deleteFrom(SOURCE_DOCUMENT).where(SOURCE_DOCUMENT.MEETING_ID.eq(id)).execute();
        db.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
    }

    private static Condition conditionFor(MeetingFilter filter) {
        Condition condition = filter.includeArchived() ? noCondition() : MEETING.ARCHIVED.isFalse();
        if (filter.from() != null) {
            condition = condition.and(MEETING.ENDS_ON.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(MEETING.STARTS_ON.le(filter.to()));
        }
        if (filter.partyCode() != null && !filter.partyCode().isBlank()) {
            condition = condition.and(exists(selectOne()
                    .from(ACCOUNT)
                    .join(PARTY)
                    .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                    .where(ACCOUNT.MEETING_ID.eq(MEETING.ID))
                    .and(PARTY.CODE.eq(filter.partyCode()))));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%"
                    + filter.text()
                            .trim()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            condition = condition.and(MEETING.TITLE
                    .likeIgnoreCase(pattern)
                    .or(MEETING.LOCATION.likeIgnoreCase(pattern))
                    .or(MEETING.DESCRIPTION.likeIgnoreCase(pattern)));
        }
        return condition;
    }
}

package org.parallax.meeting;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectDistinct;
import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PARTY;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    private final DSLContext db;

    MeetingRepository(DSLContext db) {
        this.db = db;
    }

    List<MeetingSummary> find(MeetingFilter filter, int offset, int limit) {
        return select(conditionFor(filter), offset, limit);
    }

    Optional<MeetingSummary> findById(long id) {
        return select(MEETING.ID.eq(id), 0, 1).stream().findFirst();
    }

    private List<MeetingSummary> select(Condition condition, int offset, int limit) {
        return db.select(
                        MEETING.ID, MEETING.TITLE, MEETING.STARTS_ON, MEETING.ENDS_ON, MEETING.LOCATION, MEETING.ARCHIVED,
                        selectCount().from(ACCOUNT).where(ACCOUNT.MEETING_ID.eq(MEETING.ID)).<Integer>asField(),
                        selectCount().from(CLAIM).where(CLAIM.MEETING_ID.eq(MEETING.ID)).<Integer>asField(),
                        selectCount().from(CLAIM_PAIR).where(CLAIM_PAIR.MEETING_ID.eq(MEETING.ID)).<Integer>asField(),
                        multiset(selectDistinct(PARTY.ID, PARTY.CODE, PARTY.NAME, PARTY.COLOUR)
                                .from(ACCOUNT).join(PARTY).on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                                .where(ACCOUNT.MEETING_ID.eq(MEETING.ID))
                                .orderBy(PARTY.CODE))
                                .convertFrom(r -> r.map(Records.mapping(Party::new))))
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

    List<Party> parties() {
        return db.select(PARTY.ID, PARTY.CODE, PARTY.NAME, PARTY.COLOUR).from(PARTY).orderBy(PARTY.ID)
                .fetch(Records.mapping(Party::new));
    }

    private static Condition conditionFor(MeetingFilter filter) {
        Condition condition = filter.includeArchived() ? noCondition() : MEETING.ARCHIVED.isFalse();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(MEETING.TITLE.likeIgnoreCase(pattern)
                    .or(MEETING.LOCATION.likeIgnoreCase(pattern))
                    .or(MEETING.DESCRIPTION.likeIgnoreCase(pattern)));
        }
        return condition;
    }
}

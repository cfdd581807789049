package org.parallax.report;

import static org.jooq.impl.DSL.count;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    private final DSLContext db;

    ReportRepository(DSLContext db) {
        this.db = db;
    }

    List<MeetingReportSummary> summaries() {
        return db.select(MEETING.ID, MEETING.TITLE, MEETING.STARTS_ON, MEETING.ENDS_ON,
                        count(CLAIM_PAIR.ID).filterWhere(CLAIM_PAIR.STATUS.eq("APPROVED")),
                        count(CLAIM_PAIR.ID))
                .from(MEETING)
                .leftJoin(CLAIM_PAIR).on(CLAIM_PAIR.MEETING_ID.eq(MEETING.ID))
                .where(MEETING.ARCHIVED.isFalse())
                .groupBy(MEETING.ID)
                .orderBy(MEETING.STARTS_ON.desc(), MEETING.ID.desc())
                .fetch(Records.mapping(MeetingReportSummary::new));
    }
}

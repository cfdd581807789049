package org.parallax.report;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_REVISION;
import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.EVIDENCE;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PARTY;
import static org.parallax.db.Tables.REVIEW;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.parallax.base.PairStatus;
import org.parallax.base.PairVisibility;
import org.parallax.db.tables.Account;
import org.parallax.db.tables.Claim;
import org.parallax.db.tables.Party;
import org.parallax.review.Decision;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    private final DSLContext db;

    ReportRepository(DSLContext db) {
        this.db = db;
    }

    List<MeetingReportSummary> summaries(long viewerId) {
        return db.select(
                        MEETING.ID,
                        MEETING.TITLE,
                        MEETING.STARTS_ON,
                        MEETING.ENDS_ON,
                        count(CLAIM_PAIR.ID).filterWhere(CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED)),
                        count(CLAIM_PAIR.ID))
                .from(MEETING)
                .leftJoin(CLAIM_PAIR)
                .on(CLAIM_PAIR.MEETING_ID.eq(MEETING.ID).and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId)))
                .where(MEETING.ARCHIVED.isFalse())
                .groupBy(MEETING.ID)
                .orderBy(MEETING.STARTS_ON.desc(), MEETING.ID.desc())
                .fetch(Records.mapping(MeetingReportSummary::new));
    }

    /** The meeting's pairs the options ask for, both claims and their accounts, the standing approval, evidence. */
    List<ReportPair> pairs(long meetingId, ReportOptions options, long viewerId) {
        Side left = new Side(CLAIM.as("lc"), ACCOUNT.as("la"), PARTY.as("lp"));
        Side right = new Side(CLAIM.as("rc"), ACCOUNT.as("ra"), PARTY.as("rp"));
        var author = APP_USER.as("author");
        var editor = APP_USER.as("editor");
        var evidence = multiset(select(EVIDENCE.URL, EVIDENCE.TITLE, EVIDENCE.NOTE)
                        .from(EVIDENCE)
                        .where(EVIDENCE.PAIR_ID.eq(CLAIM_PAIR.ID))
                        .orderBy(EVIDENCE.POSITION, EVIDENCE.ID))
                .convertFrom(r -> r.map(Records.mapping(ReportEvidence::new)));
        List<Field<?>> fields = new ArrayList<>(List.of(
                CLAIM_PAIR.ID,
                CLAIM_PAIR.RELATION,
                CLAIM_PAIR.TOPIC,
                CLAIM_PAIR.RATIONALE,
                CLAIM_PAIR.STATUS,
                author.DISPLAY_NAME,
                editor.DISPLAY_NAME,
                REVIEW.DECIDED_AT,
                evidence,
                CLAIM_PAIR.REREVIEW_REASON,
                CLAIM_PAIR.SETTLED_ROUND_ID));
        fields.addAll(left.fields());
        fields.addAll(right.fields());
        Condition wanted = CLAIM_PAIR.MEETING_ID.eq(meetingId).and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId));
        if (!options.allPairs()) {
            wanted = wanted.and(CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED));
        }
        if (!options.parties().isEmpty()) {
            wanted = wanted.and(left.party()
                    .CODE
                    .in(options.parties())
                    .or(right.party().CODE.in(options.parties())));
        }
        if (options.topic() != null) {
            wanted = wanted.and(lower(CLAIM_PAIR.TOPIC).eq(options.topic().toLowerCase(Locale.ROOT)));
        }
        return db.select(fields)
                .from(CLAIM_PAIR)
                .join(left.claim())
                .on(left.claim().ID.eq(CLAIM_PAIR.LEFT_CLAIM_ID))
                .join(left.account())
                .on(left.account().ID.eq(left.claim().ACCOUNT_ID))
                .join(left.party())
                .on(left.party().ID.eq(left.claim().PARTY_ID))
                .join(right.claim())
                .on(right.claim().ID.eq(CLAIM_PAIR.RIGHT_CLAIM_ID))
                .join(right.account())
                .on(right.account().ID.eq(right.claim().ACCOUNT_ID))
                .join(right.party())
                .on(right.party().ID.eq(right.claim().PARTY_ID))
                .join(author)
                .on(author.ID.eq(CLAIM_PAIR.AUTHOR_ID))
                .leftJoin(REVIEW)
                .on(REVIEW.PAIR_ID
                        .eq(CLAIM_PAIR.ID)
                        .and(REVIEW.DECISION.eq(Decision.APPROVE))
                        .and(REVIEW.VOIDED_AT.isNull())
                        .and(CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED)))
                .leftJoin(editor)
                .on(editor.ID.eq(REVIEW.EDITOR_ID))
                .where(wanted)
                .orderBy(CLAIM_PAIR.ID)
                .fetch(r -> new ReportPair(
                        r.get(CLAIM_PAIR.ID),
                        left.read(r),
                        right.read(r),
                        r.get(CLAIM_PAIR.RELATION),
                        r.get(CLAIM_PAIR.TOPIC),
                        r.get(CLAIM_PAIR.RATIONALE),
                        r.get(CLAIM_PAIR.STATUS),
                        r.get(author.DISPLAY_NAME),
                        r.get(editor.DISPLAY_NAME),
                        r.get(REVIEW.DECIDED_AT),
                        r.get(evidence),
                        r.get(CLAIM_PAIR.REREVIEW_REASON),
                        r.get(CLAIM_PAIR.SETTLED_ROUND_ID)));
    }

    /** The meeting's claims marked "no counterpart" that the options' parties and topic take in, by account and position. */
    List<Omission> omissions(long meetingId, ReportOptions options) {
        Side side = new Side(CLAIM, ACCOUNT, PARTY);
        var marker = APP_USER.as("marker");
        List<Field<?>> fields = new ArrayList<>(side.fields());
        fields.addAll(List.of(CLAIM.NO_COUNTERPART_NOTE, marker.DISPLAY_NAME, CLAIM.NO_COUNTERPART_AT));
        Condition wanted = CLAIM.MEETING_ID.eq(meetingId).and(CLAIM.NO_COUNTERPART.isTrue());
        if (!options.parties().isEmpty()) {
            wanted = wanted.and(PARTY.CODE.in(options.parties()));
        }
        if (options.topic() != null) {
            wanted = wanted.and(lower(CLAIM.TOPIC).eq(options.topic().toLowerCase(Locale.ROOT)));
        }
        return db.select(fields)
                .from(CLAIM)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(CLAIM.ACCOUNT_ID))
                .join(PARTY)
                .on(PARTY.ID.eq(CLAIM.PARTY_ID))
                .leftJoin(marker)
                .on(marker.ID.eq(CLAIM.NO_COUNTERPART_BY))
                .where(wanted)
                .orderBy(PARTY.CODE, CLAIM.ACCOUNT_ID, CLAIM.START_OFFSET)
                .fetch(r -> new Omission(
                        side.read(r),
                        r.get(CLAIM.NO_COUNTERPART_NOTE),
                        r.get(marker.DISPLAY_NAME),
                        r.get(CLAIM.NO_COUNTERPART_AT)));
    }

    /** The pair topics used in a meeting, for the report's topic filter. */
    List<String> topics(long meetingId, long viewerId) {
        return db.selectDistinct(CLAIM_PAIR.TOPIC)
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR
                        .MEETING_ID
                        .eq(meetingId)
                        .and(CLAIM_PAIR.TOPIC.isNotNull())
                        .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId)))
                .orderBy(CLAIM_PAIR.TOPIC)
                .fetch(CLAIM_PAIR.TOPIC);
    }

    /** Every topic used on a claim or a pair in current meetings, for choosing one to follow. */
    List<String> allTopics(long viewerId) {
        return db
                .select(CLAIM.TOPIC)
                .from(CLAIM)
                .join(MEETING)
                .on(MEETING.ID.eq(CLAIM.MEETING_ID))
                .where(CLAIM.TOPIC.isNotNull().and(MEETING.ARCHIVED.isFalse()))
                .union(select(CLAIM_PAIR.TOPIC)
                        .from(CLAIM_PAIR)
                        .join(MEETING)
                        .on(MEETING.ID.eq(CLAIM_PAIR.MEETING_ID))
                        .where(CLAIM_PAIR
                                .TOPIC
                                .isNotNull()
                                .and(MEETING.ARCHIVED.isFalse())
                                .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId))))
                .fetch(0, String.class)
                .stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    /**
     * Claims on a topic (their own topic, or that of a pair they are in), in current meetings (or the
     * given ones), by meeting date, party and position.
     */
    List<TopicTimeline.Claim> topicClaims(String topic, Collection<Long> meetingIds, boolean allPairs, long viewerId) {
        String wanted = topic.strip().toLowerCase(Locale.ROOT);
        var pairOnTopic = DSL.exists(select(CLAIM_PAIR.ID)
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR.LEFT_CLAIM_ID.eq(CLAIM.ID).or(CLAIM_PAIR.RIGHT_CLAIM_ID.eq(CLAIM.ID)))
                .and(lower(CLAIM_PAIR.TOPIC).eq(wanted))
                .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId))
                .and(allPairs ? DSL.trueCondition() : CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED)));
        Condition where =
                MEETING.ARCHIVED.isFalse().and(lower(CLAIM.TOPIC).eq(wanted).or(pairOnTopic));
        if (!meetingIds.isEmpty()) {
            where = where.and(MEETING.ID.in(meetingIds));
        }
        return db.select(
                        CLAIM.ID,
                        CLAIM.MEETING_ID,
                        PARTY.CODE,
                        PARTY.NAME,
                        PARTY.COLOUR,
                        CLAIM.QUOTE,
                        DSL.coalesce(CLAIM.SPEAKER, ACCOUNT.SPEAKER, PARTY.NAME),
                        ACCOUNT.TITLE,
                        ACCOUNT.PUBLISHED_ON)
                .from(CLAIM)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(CLAIM.ACCOUNT_ID))
                .join(PARTY)
                .on(PARTY.ID.eq(CLAIM.PARTY_ID))
                .join(MEETING)
                .on(MEETING.ID.eq(CLAIM.MEETING_ID))
                .where(where)
                .orderBy(MEETING.STARTS_ON, MEETING.ID, PARTY.CODE, CLAIM.START_OFFSET)
                .fetch(Records.mapping(TopicTimeline.Claim::new));
    }

    /** The pairs between the given claims: approved ones, or all. */
    List<TopicTimeline.Pair> pairsBetween(Collection<Long> claimIds, boolean allPairs, long viewerId) {
        return db.select(
                        CLAIM_PAIR.ID,
                        CLAIM_PAIR.MEETING_ID,
                        CLAIM_PAIR.LEFT_CLAIM_ID,
                        CLAIM_PAIR.RIGHT_CLAIM_ID,
                        CLAIM_PAIR.RELATION,
                        CLAIM_PAIR.STATUS,
                        CLAIM_PAIR.RATIONALE)
                .from(CLAIM_PAIR)
                .where(CLAIM_PAIR
                        .LEFT_CLAIM_ID
                        .in(claimIds)
                        .and(CLAIM_PAIR.RIGHT_CLAIM_ID.in(claimIds))
                        .and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId))
                        .and(allPairs ? DSL.trueCondition() : CLAIM_PAIR.STATUS.eq(PairStatus.APPROVED)))
                .orderBy(CLAIM_PAIR.ID)
                .fetch(Records.mapping(TopicTimeline.Pair::new));
    }

    /** Meetings by id with their title and first day (their claims and pairs not yet filled in). */
    Map<Long, TopicTimeline.Meeting> meetingHeads(Collection<Long> ids) {
        return db.select(MEETING.ID, MEETING.TITLE, MEETING.STARTS_ON)
                .from(MEETING)
                .where(MEETING.ID.in(ids))
                .fetchMap(
                        MEETING.ID,
                        r -> new TopicTimeline.Meeting(r.value1(), r.value2(), r.value3(), List.of(), List.of()));
    }

    /** Texts of revisions, to turn UTF-16 offsets into the code-point positions Web Annotation counts in. */
    Map<Long, String> revisionTexts(Collection<Long> revisionIds) {
        return db.select(ACCOUNT_REVISION.ID, ACCOUNT_REVISION.TEXT)
                .from(ACCOUNT_REVISION)
                .where(ACCOUNT_REVISION.ID.in(revisionIds))
                .fetchMap(ACCOUNT_REVISION.ID, ACCOUNT_REVISION.TEXT);
    }

    /** One side of a pair: aliases of claim, account and party, and how a row becomes a {@link ReportClaim}. */
    private record Side(Claim claim, Account account, Party party) {

        Field<String> speaker() {
            return DSL.coalesce(claim.SPEAKER, account.SPEAKER)
                    .as(claim.getUnqualifiedName().last() + "_speaker");
        }

        List<Field<?>> fields() {
            return List.of(
                    claim.ID,
                    claim.ACCOUNT_ID,
                    claim.REVISION_ID,
                    party.CODE,
                    party.NAME,
                    party.COLOUR,
                    claim.QUOTE,
                    claim.PREFIX,
                    claim.SUFFIX,
                    claim.START_OFFSET,
                    claim.END_OFFSET,
                    speaker(),
                    claim.TOPIC,
                    claim.KIND,
                    account.TITLE,
                    account.PUBLISHER,
                    account.SOURCE_URL,
                    account.PUBLISHED_ON,
                    account.LANGUAGE);
        }

        ReportClaim read(Record r) {
            return new ReportClaim(
                    r.get(claim.ID),
                    r.get(claim.ACCOUNT_ID),
                    r.get(claim.REVISION_ID),
                    r.get(party.CODE),
                    r.get(party.NAME),
                    r.get(party.COLOUR),
                    r.get(claim.QUOTE),
                    r.get(claim.PREFIX),
                    r.get(claim.SUFFIX),
                    r.get(claim.START_OFFSET),
                    r.get(claim.END_OFFSET),
                    r.get(speaker()),
                    r.get(claim.TOPIC),
                    r.get(claim.KIND),
                    r.get(account.TITLE),
                    r.get(account.PUBLISHER),
                    r.get(account.SOURCE_URL),
                    r.get(account.PUBLISHED_ON),
                    r.get(account.LANGUAGE));
        }
    }
}

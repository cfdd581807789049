package org.parallax.search;

import static org.parallax.db.Tables.ACCOUNT;
import static org.parallax.db.Tables.ACCOUNT_PASSAGE;
import static org.parallax.db.Tables.CLAIM;
import static org.parallax.db.Tables.CLAIM_PAIR;
import static org.parallax.db.Tables.MEETING;
import static org.parallax.db.Tables.PAIR_COMMENT;
import static org.parallax.db.Tables.PARTY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.parallax.base.PairVisibility;
import org.parallax.db.tables.Party;
import org.springframework.stereotype.Repository;

/**
 * The search queries: one per kind of thing, each ranked and cut to the page, then merged. Every text has a
 * {@code search} tsvector (V016): English stems plus CJK bigrams, matched against a tsquery built here from
 * the terms, whose words reach the database only as bound values.
 */
@Repository
class SearchRepository {

    /** A hit as read, before the snippet is cut and marked. */
    record Row(
            SearchKind kind,
            long id,
            long meetingId,
            String meetingTitle,
            LocalDate startsOn,
            boolean archived,
            Long accountId,
            String party,
            Long pairId,
            Integer start,
            Integer end,
            String text,
            double rank) {}

    /** Matches of one kind that are ranked at most. */
    static final int CANDIDATES = 2_000;

    private static final Field<Object> SEARCH_OF_MEETING = DSL.field(DSL.name("meeting", "search"));

    private final DSLContext db;

    SearchRepository(DSLContext db) {
        this.db = db;
    }

    /** The terms as one tsquery: every term must match; a term's words in order when it is a phrase. */
    static Field<Object> tsquery(SearchTerms terms) {
        return tsquery(terms, false);
    }

    /**
     * As {@link #tsquery(SearchTerms)}; {@code near} relaxes each CJK run of two characters or more to any of
     * its two-character parts (ranked by how many are found): the near matches offered when nothing matches
     * exactly, as a misspelt or differently inflected Korean word has.
     */
    static Field<Object> tsquery(SearchTerms terms, boolean near) {
        Field<Object> all = null;
        for (SearchTerms.Term term : terms.terms()) {
            List<Field<Object>> parts = new ArrayList<>();
            if (!term.spaced().isEmpty()) {
                parts.add(DSL.field(
                        (term.phrase() ? "phraseto_tsquery" : "plainto_tsquery") + "('english'::regconfig, {0})",
                        Object.class,
                        DSL.val(term.spaced())));
            }
            if (term.phrase() && term.cjkRuns().size() > 1) {
                parts.add(DSL.field(
                        "phraseto_tsquery('simple'::regconfig, search_bigrams({0}))",
                        Object.class, DSL.val(String.join(" ", term.cjkRuns()))));
            } else {
                for (String run : term.cjkRuns()) {
                    parts.add(
                            run.codePointCount(0, run.length()) == 1
                                    // One character: the bigrams that begin with it.
                                    ? DSL.field(
                                            "to_tsquery('simple'::regconfig, quote_literal({0}) || ':*')",
                                            Object.class, DSL.val(run))
                                    : near
                                            ? DSL.field(
                                                    "to_tsquery('simple'::regconfig,"
                                                            + " replace(search_bigrams({0}), ' ', ' | '))",
                                                    Object.class, DSL.val(run))
                                            : DSL.field(
                                                    "phraseto_tsquery('simple'::regconfig, search_bigrams({0}))",
                                                    Object.class, DSL.val(run)));
                }
            }
            for (Field<Object> part : parts) {
                all = all == null ? part : DSL.field("({0} && {1})", Object.class, all, part);
            }
        }
        return all;
    }

    /** Whether the query holds anything to look for (English stop words alone do not). */
    boolean searchable(Field<Object> query) {
        return db.select(DSL.field("numnode({0})", Integer.class, query))
                        .fetchSingle()
                        .value1()
                > 0;
    }

    List<Row> search(SearchQuery q, Field<Object> query, long viewerId, int offset, int limit) {
        int each = offset + limit;
        List<Select<Record>> parts = new ArrayList<>();
        boolean pairFilters = q.relation() != null || q.status() != null;
        boolean topicFilter = q.topic() != null && !q.topic().isBlank();
        if (wanted(q, SearchKind.MEETING) && !pairFilters && !topicFilter) {
            parts.add(meetings(q, query, each));
        }
        if (wanted(q, SearchKind.ACCOUNT) && !pairFilters && !topicFilter) {
            parts.add(passages(q, query, each));
        }
        if (wanted(q, SearchKind.CLAIM) && !pairFilters) {
            parts.add(claims(q, query, each));
        }
        if (wanted(q, SearchKind.PAIR)) {
            parts.add(pairs(q, query, viewerId, each));
        }
        if (wanted(q, SearchKind.COMMENT)) {
            parts.add(comments(q, query, viewerId, each));
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        Select<Record> union = parts.getFirst();
        for (Select<Record> part : parts.subList(1, parts.size())) {
            union = union.unionAll(part);
        }
        Table<Record> hits = union.asTable("hits");
        return db.selectFrom(hits)
                .orderBy(hits.field("rank").desc(), hits.field("kind"), hits.field("id"))
                .offset(offset)
                .limit(limit)
                .fetch(r -> new Row(
                        SearchKind.valueOf(r.get("kind", String.class)),
                        r.get("id", Long.class),
                        r.get("meeting_id", Long.class),
                        r.get("meeting_title", String.class),
                        r.get("starts_on", LocalDate.class),
                        r.get("archived", Boolean.class),
                        r.get("account_id", Long.class),
                        r.get("party", String.class),
                        r.get("pair_id", Long.class),
                        r.get("start_offset", Integer.class),
                        r.get("end_offset", Integer.class),
                        r.get("text", String.class),
                        r.get("rank", Double.class)));
    }

    private static boolean wanted(SearchQuery q, SearchKind kind) {
        return q.kinds().isEmpty() || q.kinds().contains(kind);
    }

    private Select<Record> meetings(SearchQuery q, Field<Object> query, int limit) {
        Field<Object> vector = SEARCH_OF_MEETING;
        Condition where = matches(vector, query).and(meetingFilters(q));
        if (q.party() != null) {
            where = where.and(DSL.exists(DSL.selectOne()
                    .from(ACCOUNT)
                    .join(PARTY)
                    .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                    .where(ACCOUNT.MEETING_ID.eq(MEETING.ID).and(partyIs(PARTY, q.party())))));
        }
        return ranked(
                db.select(row(
                                SearchKind.MEETING,
                                MEETING.ID,
                                DSL.inline(null, SQLDataType.BIGINT),
                                DSL.inline(null, SQLDataType.VARCHAR),
                                DSL.inline(null, SQLDataType.BIGINT),
                                DSL.inline(null, SQLDataType.INTEGER),
                                DSL.inline(null, SQLDataType.INTEGER),
                                DSL.concat(
                                        MEETING.TITLE,
                                        DSL.when(
                                                        MEETING.LOCATION.isNotNull(),
                                                        DSL.concat(DSL.inline(" — "), MEETING.LOCATION))
                                                .else_(DSL.inline("")),
                                        DSL.when(
                                                        MEETING.DESCRIPTION.isNotNull(),
                                                        DSL.concat(DSL.inline(". "), MEETING.DESCRIPTION))
                                                .else_(DSL.inline(""))),
                                vector))
                        .from(MEETING)
                        .where(where),
                query,
                limit);
    }

    private Select<Record> passages(SearchQuery q, Field<Object> query, int limit) {
        Field<Object> vector = DSL.field(DSL.name("account_passage", "search"));
        Condition where = matches(vector, query).and(meetingFilters(q));
        if (q.party() != null) {
            where = where.and(partyIs(PARTY, q.party()));
        }
        return ranked(
                db.select(row(
                                SearchKind.ACCOUNT,
                                ACCOUNT.ID,
                                ACCOUNT.ID,
                                PARTY.CODE,
                                DSL.inline(null, SQLDataType.BIGINT),
                                ACCOUNT_PASSAGE.START_OFFSET,
                                ACCOUNT_PASSAGE.END_OFFSET,
                                ACCOUNT_PASSAGE.CONTENT,
                                vector))
                        .from(ACCOUNT_PASSAGE)
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(ACCOUNT_PASSAGE.ACCOUNT_ID))
                        .join(PARTY)
                        .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                        .join(MEETING)
                        .on(MEETING.ID.eq(ACCOUNT.MEETING_ID))
                        .where(where),
                query,
                limit);
    }

    private Select<Record> claims(SearchQuery q, Field<Object> query, int limit) {
        Field<Object> vector = DSL.field(DSL.name("claim", "search"));
        Condition where = matches(vector, query).and(meetingFilters(q));
        if (q.party() != null) {
            where = where.and(partyIs(PARTY, q.party()));
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            where = where.and(DSL.lower(CLAIM.TOPIC).eq(q.topic().strip().toLowerCase(Locale.ROOT)));
        }
        return ranked(
                db.select(row(
                                SearchKind.CLAIM,
                                CLAIM.ID,
                                CLAIM.ACCOUNT_ID,
                                PARTY.CODE,
                                DSL.inline(null, SQLDataType.BIGINT),
                                CLAIM.START_OFFSET,
                                CLAIM.END_OFFSET,
                                CLAIM.QUOTE,
                                vector))
                        .from(CLAIM)
                        .join(PARTY)
                        .on(PARTY.ID.eq(CLAIM.PARTY_ID))
                        .join(MEETING)
                        .on(MEETING.ID.eq(CLAIM.MEETING_ID))
                        .where(where),
                query,
                limit);
    }

    private Select<Record> pairs(SearchQuery q, Field<Object> query, long viewerId, int limit) {
        Field<Object> vector = DSL.field(DSL.name("claim_pair", "search"));
        return ranked(
                db.select(row(
                                SearchKind.PAIR,
                                CLAIM_PAIR.ID,
                                DSL.inline(null, SQLDataType.BIGINT),
                                DSL.inline(null, SQLDataType.VARCHAR),
                                CLAIM_PAIR.ID,
                                DSL.inline(null, SQLDataType.INTEGER),
                                DSL.inline(null, SQLDataType.INTEGER),
                                DSL.concatWs(DSL.inline(" — "), CLAIM_PAIR.TOPIC, CLAIM_PAIR.RATIONALE),
                                vector))
                        .from(CLAIM_PAIR)
                        .join(MEETING)
                        .on(MEETING.ID.eq(CLAIM_PAIR.MEETING_ID))
                        .where(matches(vector, query).and(pairFilters(q, viewerId))),
                query,
                limit);
    }

    private Select<Record> comments(SearchQuery q, Field<Object> query, long viewerId, int limit) {
        Field<Object> vector = DSL.field(DSL.name("pair_comment", "search"));
        return ranked(
                db.select(row(
                                SearchKind.COMMENT,
                                PAIR_COMMENT.ID,
                                DSL.inline(null, SQLDataType.BIGINT),
                                DSL.inline(null, SQLDataType.VARCHAR),
                                CLAIM_PAIR.ID,
                                DSL.inline(null, SQLDataType.INTEGER),
                                DSL.inline(null, SQLDataType.INTEGER),
                                PAIR_COMMENT.BODY,
                                vector))
                        .from(PAIR_COMMENT)
                        .join(CLAIM_PAIR)
                        .on(CLAIM_PAIR.ID.eq(PAIR_COMMENT.PAIR_ID))
                        .join(MEETING)
                        .on(MEETING.ID.eq(CLAIM_PAIR.MEETING_ID))
                        .where(matches(vector, query).and(pairFilters(q, viewerId))),
                query,
                limit);
    }

    /**
     * The best of a kind's matches: at most {@link #CANDIDATES} of them are ranked, so that a word found in a
     * hundred thousand claims costs what a rarer one does (their order is the table's; more words or a filter
     * narrow a search that broad).
     */
    private Select<Record> ranked(SelectConditionStep<Record> matching, Field<Object> query, int limit) {
        Table<Record> m = matching.limit(CANDIDATES).asTable("m");
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> f : m.fields()) {
            if (!f.getName().equals("vector")) {
                columns.add(f);
            }
        }
        columns.add(rank(m.field("vector", Object.class), query).as("rank"));
        return db.select(columns)
                .from(m)
                .orderBy(DSL.field(DSL.name("rank")).desc())
                .limit(limit);
    }

    /** The columns every kind answers, in the order the union needs. */
    private static List<Field<?>> row(
            SearchKind kind,
            Field<Long> id,
            Field<Long> accountId,
            Field<String> party,
            Field<Long> pairId,
            Field<Integer> start,
            Field<Integer> end,
            Field<String> text,
            Field<Object> vector) {
        return List.of(
                DSL.inline(kind.name()).as("kind"),
                id.as("id"),
                MEETING.ID.as("meeting_id"),
                MEETING.TITLE.as("meeting_title"),
                MEETING.STARTS_ON.as("starts_on"),
                MEETING.ARCHIVED.as("archived"),
                accountId.as("account_id"),
                party.as("party"),
                pairId.as("pair_id"),
                start.as("start_offset"),
                end.as("end_offset"),
                text.as("text"),
                vector.as("vector"));
    }

    private static Condition matches(Field<Object> vector, Field<Object> query) {
        return DSL.condition("{0} @@ {1}", vector, query);
    }

    private static Field<Double> rank(Field<Object> vector, Field<Object> query) {
        return DSL.field("ts_rank_cd({0}, {1})::double precision", Double.class, vector, query);
    }

    private static Condition meetingFilters(SearchQuery q) {
        Condition c = q.includeArchived() ? DSL.noCondition() : MEETING.ARCHIVED.isFalse();
        if (q.meetingId() != null) {
            c = c.and(MEETING.ID.eq(q.meetingId()));
        }
        if (q.from() != null) {
            c = c.and(MEETING.ENDS_ON.ge(q.from()));
        }
        if (q.to() != null) {
            c = c.and(MEETING.STARTS_ON.le(q.to()));
        }
        return c;
    }

    /** Pairs (and their comments) the viewer may see, by the pair filters. */
    private static Condition pairFilters(SearchQuery q, long viewerId) {
        Condition c = meetingFilters(q).and(PairVisibility.visibleTo(CLAIM_PAIR, viewerId));
        if (q.relation() != null) {
            c = c.and(CLAIM_PAIR.RELATION.eq(q.relation()));
        }
        if (q.status() != null) {
            c = c.and(CLAIM_PAIR.STATUS.eq(q.status()));
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            c = c.and(DSL.lower(CLAIM_PAIR.TOPIC).eq(q.topic().strip().toLowerCase(Locale.ROOT)));
        }
        if (q.party() != null) {
            Party party = PARTY.as("pair_party");
            c = c.and(DSL.exists(DSL.selectOne()
                    .from(party)
                    .where(party.ID
                            .in(CLAIM_PAIR.LEFT_PARTY_ID, CLAIM_PAIR.RIGHT_PARTY_ID)
                            .and(partyIs(party, q.party())))));
        }
        return c;
    }

    private static Condition partyIs(Party party, String code) {
        return party.CODE.eq(code.strip().toUpperCase(Locale.ROOT));
    }
}

package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The migrations apply to a fresh database, and the database itself refuses bad rows, whatever the
 * application does. Each test runs in a transaction that is rolled back.
 */
@DatabaseTest
@Transactional
class SchemaTest {

    @Autowired
    DSLContext db;

    long user;
    long otherUser;
    long meeting;
    long otherMeeting;
    long us;
    long dprk;
    long rok;
    long usRevision;
    long dprkRevision;

    static final String TEXT = "We made progress on almost all central issues.";

    @BeforeEach
    void fixture() {
        user = id(
                "insert into app_user (username, display_name, password_hash, role) values ('schema-a', 'A', 'x', 'REVIEWER') returning id");
        otherUser = id(
                "insert into app_user (username, display_name, password_hash, role) values ('schema-b', 'B', 'x', 'EDITOR') returning id");
        meeting = id(
                "insert into meeting (title, starts_on, ends_on, created_by) values ('Talks', date '2018-07-06', date '2018-07-07', ?) returning id",
                user);
        otherMeeting = id(
                "insert into meeting (title, starts_on, ends_on, created_by) values ('Other talks', date '2019-02-27', date '2019-02-28', ?) returning id",
                user);
        us = account(meeting, "US");
        dprk = account(meeting, "DPRK");
        rok = account(otherMeeting, "ROK");
        usRevision = revision(us, TEXT);
        dprkRevision = revision(dprk, TEXT);
    }

    @Test
    void migrations_create_the_whole_domain_and_seed_the_parties() {
        assertThat(db.fetchSingle("select count(*) from flyway_schema_history where success")
                        .get(0, Long.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(db.fetch("select code from party order by id").getValues(0, String.class))
                .startsWith("US", "DPRK", "ROK", "CHINA", "JAPAN", "RUSSIA", "OTHER");
        assertThat(db.fetch("select table_name from information_schema.tables where table_schema = 'public'")
                        .getValues(0, String.class))
                .contains(
                        "app_user",
                        "party",
                        "meeting",
                        "account",
                        "account_revision",
                        "source_document",
                        "claim",
                        "claim_pair",
                        "evidence",
                        "pair_comment",
                        "review",
                        "audit_event",
                        "api_token");
    }

    @Test
    void claim_start_must_come_before_end() {
        assertThatThrownBy(() -> inSavepoint(() -> claim(us, usRevision, 10, 10, "")))
                .hasMessageContaining("claim_span_in_text");
    }

    @Test
    void claim_must_lie_inside_its_text() {
        int length = TEXT.length();
        assertThatThrownBy(() -> inSavepoint(() -> claim(us, usRevision, length - 2, length + 5, "s.xxxxx")))
                .hasMessageContaining("claim_span_in_text");
        assertThatThrownBy(() -> inSavepoint(() -> claim(us, usRevision, -1, 2, "We ")))
                .hasMessageContaining("claim_span_in_text");
    }

    @Test
    void claim_quote_must_fit_its_span() {
        assertThatThrownBy(() -> inSavepoint(() -> claim(us, usRevision, 0, 2, "We made progress")))
                .hasMessageContaining("claim_quote_fits_span");
    }

    @Test
    void claim_must_anchor_to_a_revision_of_its_own_account() {
        assertThatThrownBy(() -> inSavepoint(() -> claim(us, dprkRevision, 0, 2, "We")))
                .hasMessageContaining("claim_revision_fk");
    }

    @Test
    void a_pair_needs_two_different_parties() {
        long usRevision2 = usRevision;
        long a = claim(us, usRevision2, 0, 2, "We");
        long b = claim(us, usRevision2, 3, 7, "made");
        assertThatThrownBy(() -> inSavepoint(() -> pair(meeting, a, b)))
                .hasMessageContaining("claim_pair_different_parties");
    }

    @Test
    void a_pair_needs_both_claims_from_the_same_meeting() {
        long rokRevision = revision(rok, TEXT);
        long a = claim(us, usRevision, 0, 2, "We");
        long b = claim(rok, rokRevision, 0, 2, "We");
        assertThatThrownBy(() -> inSavepoint(() -> pair(meeting, a, b))).hasMessageContaining("claim_pair_right_fk");
    }

    @Test
    void one_pair_per_couple_of_claims_whichever_side() {
        long a = claim(us, usRevision, 0, 2, "We");
        long b = claim(dprk, dprkRevision, 3, 7, "made");
        pair(meeting, a, b);
        assertThatThrownBy(() -> inSavepoint(() -> pair(meeting, b, a))).hasMessageContaining("claim_pair_couple_key");
    }

    @Test
    void a_contradiction_needs_a_rationale() {
        long a = claim(us, usRevision, 0, 2, "We");
        long b = claim(dprk, dprkRevision, 3, 7, "made");
        assertThatThrownBy(() -> inSavepoint(() -> db.execute("""
                insert into claim_pair (meeting_id, left_claim_id, left_party_id, right_claim_id, right_party_id, relation, rationale, author_id)
                select ?, l.id, l.party_id, r.id, r.party_id, 'CONTRADICTS', '  ', ? from claim l, claim r where l.id = ? and r.id = ?""", meeting, user, a, b)))
                .hasMessageContaining("claim_pair_rationale_required");
    }

    @Test
    void the_author_of_a_pair_cannot_review_it() {
        long a = claim(us, usRevision, 0, 2, "We");
        long b = claim(dprk, dprkRevision, 3, 7, "made");
        long pair = pair(meeting, a, b);
        String hash = "0".repeat(64);
        assertThatThrownBy(() -> inSavepoint(() -> db.execute(
                        "insert into review (pair_id, pair_author_id, editor_id, decision, content_hash) values (?, ?, ?, 'APPROVE', ?)",
                        pair,
                        user,
                        user,
                        hash)))
                .hasMessageContaining("review_not_by_author");
        // Lying about the author is caught by the foreign key.
        assertThatThrownBy(() -> inSavepoint(() -> db.execute(
                        "insert into review (pair_id, pair_author_id, editor_id, decision, content_hash) values (?, ?, ?, 'APPROVE', ?)",
                        pair,
                        otherUser,
                        user,
                        hash)))
                .hasMessageContaining("review_pair_fk");
    }

    @Test
    void audit_rows_can_be_neither_changed_nor_deleted() {
        long event = id(
                "insert into audit_event (actor_name, action, entity_type) values ('someone', 'create', 'meeting') returning id");
        assertThatThrownBy(() ->
                        inSavepoint(() -> db.execute("update audit_event set action = 'forged' where id = ?", event)))
                .hasMessageContaining("immutable");
    }

    @Test
    void audit_rows_cannot_be_deleted() {
        long event = id(
                "insert into audit_event (actor_name, action, entity_type) values ('someone', 'create', 'meeting') returning id");
        assertThatThrownBy(() -> inSavepoint(() -> db.execute("delete from audit_event where id = ?", event)))
                .hasMessageContaining("immutable");
    }

    @Test
    void account_text_is_never_edited_in_place() {
        assertThatThrownBy(() -> inSavepoint(
                        () -> db.execute("update account_revision set text = 'changed' where id = ?", usRevision)))
                .hasMessageContaining("immutable");
    }

    @Test
    void a_meeting_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> inSavepoint(() -> db.execute(
                        "insert into meeting (title, starts_on, ends_on, created_by) values ('Bad', date '2018-07-07', date '2018-07-06', ?)",
                        user)))
                .hasMessageContaining("meeting_dates_in_order");
    }

    @Test
    void foreign_keys_refuse_rows_that_point_nowhere() {
        assertThatThrownBy(() -> inSavepoint(() -> db.execute(
                        "insert into account (meeting_id, party_id, title, created_by) values (999999, 1, 'Orphan', ?)",
                        user)))
                .hasMessageContaining("account_meeting_id_fkey");
    }

    @Test
    void party_colours_are_hex_codes() {
        assertThatThrownBy(() -> inSavepoint(
                        () -> db.execute("insert into party (code, name, colour) values ('XX', 'X', 'red')")))
                .hasMessageContaining("party_colour_check");
    }

    @Test
    void stored_text_length_must_be_plausible_utf16_length() {
        assertThatThrownBy(() -> inSavepoint(() -> db.execute(
                        "insert into account_revision (account_id, revision_no, text, text_length, created_by) values (?, 2, 'abc', 99, ?)",
                        us,
                        user)))
                .hasMessageContaining("account_revision_check");
    }

    /** Runs a statement that must fail inside a savepoint, so the test's transaction stays usable. */
    private void inSavepoint(Runnable statement) {
        db.transaction(nested -> statement.run());
    }

    private long account(long meetingId, String party) {
        return id(
                "insert into account (meeting_id, party_id, title, created_by) select ?, id, 'Account', ? from party where code = ? returning id",
                meetingId,
                user,
                party);
    }

    private long revision(long account, String text) {
        return id(
                "insert into account_revision (account_id, revision_no, text, text_length, created_by) values (?, 1, ?, ?, ?) returning id",
                account,
                text,
                text.length(),
                user);
    }

    private long claim(long account, long revision, int start, int end, String quote) {
        return id("""
                insert into claim (account_id, meeting_id, party_id, revision_id, revision_length, start_offset, end_offset, quote, created_by)
                select a.id, a.meeting_id, a.party_id, ?, ?, ?, ?, ?, ? from account a where a.id = ? returning id""", revision, TEXT.length(), start, end, quote, user, account);
    }

    private long pair(long meetingId, long left, long right) {
        return id("""
                insert into claim_pair (meeting_id, left_claim_id, left_party_id, right_claim_id, right_party_id, relation, rationale, author_id)
                select ?, l.id, l.party_id, r.id, r.party_id, 'CONTRADICTS', 'They disagree', ?
                from claim l, claim r where l.id = ? and r.id = ? returning id""", meetingId, user, left, right);
    }

    private long id(String sql, Object... args) {
        return db.fetchSingle(sql, args).get(0, Long.class);
    }
}

package org.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.base.FieldRefusal;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The browser is not trusted: every offset is checked against the stored text. */
@DatabaseTest
class ClaimServiceTest {

    static final String TEXT = "We made progress 😀 on almost all issues. Sanctions stay.";

    @Autowired
    ClaimService claims;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingService meetings;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DSLContext db;

    long accountId;

    @BeforeEach
    void account() {
        long meeting = signedIn.as(
                        "reviewer",
                        () -> meetings.create(
                                new NewMeeting("Claim test talks", LocalDate.of(2018, 10, 7), null, "Pyongyang", null)))
                .id();
        accountId = signedIn.as(
                        "reviewer",
                        () -> accounts.add(new NewAccount(
                                meeting,
                                new AccountMetadata(
                                        "US", "Readout", "Secretary", null, null, null, "en", AccountKind.REPORT),
                                TEXT)))
                .account()
                .id();
    }

    Claim mark(int start, int end, String quote) {
        return signedIn.as(
                "reviewer",
                () -> claims.mark(new NewClaim(accountId, start, end, quote, null, "talks", ClaimKind.FACT)));
    }

    @Test
    void many_claims_are_marked_at_once_all_or_none() {
        int sanctions = TEXT.indexOf("Sanctions");
        NewClaim first = new NewClaim(accountId, 0, 16, null, null, "talks", ClaimKind.FACT);
        NewClaim second = new NewClaim(accountId, sanctions, TEXT.length() - 1, "Sanctions stay", null, null, null);

        List<Claim> made = signedIn.as("reviewer", () -> claims.markAll(accountId, List.of(first, second)));

        assertThat(made).extracting(Claim::quote).containsExactly("We made progress", "Sanctions stay");
        assertThat(made.get(1).kind()).isEqualTo(ClaimKind.FACT);
        assertThat(db.fetchCount(db.selectFrom("audit_event")
                        .where(
                                "entity_type = 'claim' and action = 'create' and entity_id in (?, ?)",
                                made.get(0).id(),
                                made.get(1).id())))
                .isEqualTo(2);

        // One bad claim refuses the request, naming it; nothing of it is stored.
        int before = db.fetchCount(db.selectFrom("claim").where("account_id = ?", accountId));
        NewClaim fresh = new NewClaim(accountId, 17, 19, null, null, null, null);
        for (List<NewClaim> bad : List.of(
                List.of(fresh, new NewClaim(accountId, 5, 999, null, null, null, null)),
                List.of(fresh, first),
                List.of(fresh, fresh),
                List.of(fresh, new NewClaim(accountId, 0, 4, "They", null, null, null)))) {
            assertThatThrownBy(() -> signedIn.as("reviewer", () -> claims.markAll(accountId, bad)))
                    .isInstanceOf(FieldRefusal.class)
                    .hasMessageStartingWith("Claim 1");
        }
        assertThat(db.fetchCount(db.selectFrom("claim").where("account_id = ?", accountId)))
                .isEqualTo(before);
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> claims.markAll(accountId, List.of())))
                .hasMessageContaining("between 1 and");
    }

    @Test
    void a_batch_answers_its_claims_in_the_order_sent_though_they_are_stored_in_lock_order() {
        // Words from the end of the text to its start: the database's span locks order them otherwise.
        List<NewClaim> batch = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(TEXT);
        while (word.find()) {
            batch.addFirst(new NewClaim(accountId, word.start(), word.end(), word.group(), null, null, null));
        }
        List<Claim> made = signedIn.as("reviewer", () -> claims.markAll(accountId, batch));
        assertThat(made)
                .extracting(Claim::quote)
                .containsExactlyElementsOf(batch.stream().map(NewClaim::quote).toList());
    }

    @Test
    void two_people_marking_one_span_at_the_same_moment_make_one_claim() throws Exception {
        int start = TEXT.indexOf("Sanctions");
        for (int round = 0; round < 5; round++) {
            int end = start + 3 + round;
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> tries = new ArrayList<>();
            try (ExecutorService people = Executors.newFixedThreadPool(2)) {
                for (int person = 0; person < 2; person++) {
                    tries.add(people.submit(() -> {
                        go.await();
                        try {
                            return mark(start, end, TEXT.substring(start, end));
                        } catch (DuplicateClaim second) {
                            return second;
                        }
                    }));
                }
                go.countDown();
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> t : tries) {
                    outcomes.add(t.get());
                }
                assertThat(outcomes).filteredOn(Claim.class::isInstance).hasSize(1);
                assertThat(outcomes)
                        .filteredOn(DuplicateClaim.class::isInstance)
                        .hasSize(1);
            }
        }
        assertThat(db.fetchCount(db.selectFrom("claim").where("account_id = ?", accountId)))
                .isEqualTo(5);
    }

    @Test
    void a_claim_keeps_its_quote_with_prefix_and_suffix() {
        int start = TEXT.indexOf("on almost");
        Claim claim = mark(start, start + "on almost all issues".length(), "on almost all issues");
        assertThat(claim.quote()).isEqualTo("on almost all issues");
        assertThat(claim.prefix()).isEqualTo("We made progress 😀 ");
        assertThat(claim.suffix()).isEqualTo(". Sanctions stay.");
    }

    @Test
    void a_span_is_a_claim_once_and_the_database_refuses_a_second_made_around_the_service() {
        int start = TEXT.indexOf("on almost");
        int end = start + "on almost all issues".length();
        Claim first = mark(start, end, "on almost all issues");
        assertThatThrownBy(() -> mark(start, end, "on almost all issues"))
                .isInstanceOfSatisfying(
                        DuplicateClaim.class, d -> assertThat(d.existingId()).isEqualTo(first.id()))
                .hasMessageContaining("marked as a claim already");
        Claim longer = mark(start, end + 1, "on almost all issues.");
        assertThat(longer.id())
                .as("another span of the same text is another claim")
                .isNotEqualTo(first.id());
        assertThatThrownBy(() -> db.execute(
                        "insert into claim (account_id, revision_id, revision_length, meeting_id, party_id, start_offset,"
                                + " end_offset, quote, prefix, suffix, kind, created_by)"
                                + " select account_id, revision_id, revision_length, meeting_id, party_id, start_offset,"
                                + " end_offset, quote, prefix, suffix, kind, created_by from claim where id = ?",
                        first.id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("claim_one_per_span");
    }

    @Test
    void offsets_outside_the_text_are_refused() {
        assertThatThrownBy(() -> mark(-1, 3, null)).hasMessageContaining("not inside the account's text");
        assertThatThrownBy(() -> mark(10, TEXT.length() + 1, null))
                .hasMessageContaining("not inside the account's text");
        assertThatThrownBy(() -> mark(5, 5, null)).hasMessageContaining("not inside the account's text");
    }

    @Test
    void offsets_that_do_not_match_the_quote_are_refused() {
        assertThatThrownBy(() -> mark(0, 7, "We made progress"))
                .hasMessageContaining("does not match the account at that position");
    }

    @Test
    void a_selection_cutting_an_emoji_in_two_is_refused() {
        int emoji = TEXT.indexOf("😀");
        assertThatThrownBy(() -> mark(emoji + 1, emoji + 6, null)).hasMessageContaining("cuts a character in two");
    }

    @Test
    void no_counterpart_needs_a_note_and_a_current_version() {
        Claim claim = mark(0, 2, "We");
        assertThatThrownBy(() ->
                        signedIn.as("reviewer", () -> claims.setNoCounterpart(claim.id(), claim.version(), true, " ")))
                .hasMessageContaining("Say briefly why");
        Claim marked = signedIn.as(
                "reviewer", () -> claims.setNoCounterpart(claim.id(), claim.version(), true, "DPRK is silent"));
        assertThat(marked.noCounterpart()).isTrue();
        assertThatThrownBy(() ->
                        signedIn.as("editor", () -> claims.setNoCounterpart(claim.id(), claim.version(), false, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }
}

package org.parallax.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.party.PartyEntry;
import org.parallax.party.PartyService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class MeetingServiceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    PartyService parties;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    DSLContext db;

    MeetingSummary create(String title, LocalDate from, LocalDate to) {
        return signedIn.as("reviewer", () -> meetings.create(new NewMeeting(title, from, to, "Somewhere", null)));
    }

    @Test
    void a_meeting_needs_a_title_and_dates_in_order() {
        assertThatThrownBy(() -> create(" ", LocalDate.of(2020, 1, 1), null)).hasMessageContaining("needs a title");
        assertThatThrownBy(() -> create("Backwards", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("cannot end before it starts");
        assertThat(create("One day", LocalDate.of(2020, 1, 1), null).endsOn()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void filters_by_text_date_range_and_party() {
        MeetingSummary hanoi = create("Filter summit Xanadu", LocalDate.of(2019, 2, 27), LocalDate.of(2019, 2, 28));
        MeetingSummary panmunjom = create("Filter meeting Panmunjom", LocalDate.of(2019, 6, 30), null);
        signedIn.as("reviewer", () -> accounts.add(new NewAccount(hanoi.id(),
                new AccountMetadata("ROK", "ROK readout", null, null, null, null, "en", AccountKind.REPORT), "Text.")));

        assertThat(titles(new MeetingFilter("filter", null, null, null, false)))
                .containsExactlyInAnyOrder(hanoi.title(), panmunjom.title());
        assertThat(titles(new MeetingFilter("filter", LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 31), null, false)))
                .containsExactly(hanoi.title());
        assertThat(titles(new MeetingFilter("filter", null, null, "ROK", false))).containsExactly(hanoi.title());
        assertThat(titles(new MeetingFilter("XANADU", null, null, null, false))).containsExactly(hanoi.title());
        assertThat(signedIn.as("reviewer", () -> meetings.count(new MeetingFilter("filter", null, null, null, false)))).isEqualTo(2);
    }

    @Test
    void archived_meetings_leave_the_default_list() {
        MeetingSummary old = create("Archive me", LocalDate.of(2010, 1, 1), null);
        signedIn.as("reviewer", () -> meetings.setArchived(old.id(), old.version(), true));
        assertThat(titles(MeetingFilter.text("Archive me"))).isEmpty();
        assertThat(titles(new MeetingFilter("Archive me", null, null, null, true))).containsExactly("Archive me");
    }

    @Test
    void an_edit_on_a_stale_version_is_refused() {
        MeetingSummary m = create("Edit me", LocalDate.of(2011, 1, 1), null);
        signedIn.as("reviewer", () -> meetings.update(m.id(), m.version(), new NewMeeting("Edited", m.startsOn(), null, null, null)));
        assertThatThrownBy(() -> signedIn.as("editor", () -> meetings.update(m.id(), m.version(),
                new NewMeeting("Overwritten", m.startsOn(), null, null, null))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(signedIn.as("reviewer", () -> meetings.get(m.id())).title()).isEqualTo("Edited");
    }

    @Test
    void a_meeting_is_deleted_with_its_accounts_while_nothing_was_reviewed() {
        MeetingSummary m = create("Delete me", LocalDate.of(2012, 1, 1), null);
        signedIn.as("reviewer", () -> accounts.add(new NewAccount(m.id(),
                new AccountMetadata("US", "Readout", null, null, null, null, "en", AccountKind.REPORT), "Text.")));
        signedIn.run("reviewer", () -> meetings.delete(m.id()));
        assertThat(titles(new MeetingFilter("Delete me", null, null, null, true))).isEmpty();
    }

    @Test
    void a_meeting_with_reviewed_pairs_cannot_be_deleted() {
        long demo = signedIn.as("reviewer", () -> meetings.find(MeetingFilter.text("First DPRK"), 0, 1)).getFirst().id();
        long pair = db.fetchSingle("select id from claim_pair where meeting_id = ?", demo).get(0, Long.class);
        long author = db.fetchSingle("select author_id from claim_pair where id = ?", pair).get(0, Long.class);
        long editor = db.fetchSingle("select id from app_user where username = 'editor'").get(0, Long.class);
        db.execute("insert into review (pair_id, pair_author_id, editor_id, decision, note, content_hash) values (?, ?, ?, 'REQUEST_CHANGES', 'Be precise', ?)",
                pair, author, editor, "a".repeat(64));
        assertThatThrownBy(() -> signedIn.run("admin", () -> meetings.delete(demo)))
                .hasMessageContaining("cannot be deleted; archive it instead");
    }

    @Test
    void admins_keep_the_parties_and_reviewers_only_read_them() {
        assertThat(signedIn.as("reviewer", () -> parties.list())).extracting(PartyEntry::code)
                .contains("US", "DPRK", "ROK", "CHINA", "JAPAN", "RUSSIA", "OTHER");
        PartyEntry eu = signedIn.as("admin", () -> parties.create("eu", "European Union", "#003399"));
        assertThat(eu.code()).isEqualTo("EU");
        assertThatThrownBy(() -> signedIn.as("admin", () -> parties.create("EU", "Again", "#003399"))).hasMessageContaining("already");
        assertThatThrownBy(() -> signedIn.as("admin", () -> parties.update(eu.id(), eu.version(), "EU", "blue")))
                .hasMessageContaining("hex code");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> parties.create("XX", "Sneaky", "#000000")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> titles(MeetingFilter filter) {
        return signedIn.as("reviewer", () -> meetings.find(filter, 0, 100)).stream().map(MeetingSummary::title).toList();
    }
}

package org.parallax.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.agreement.AgreementService;
import org.parallax.base.ConflictException;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
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

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Autowired
    AgreementService agreement;

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
        signedIn.as(
                "reviewer",
                () -> accounts.add(new NewAccount(
                        hanoi.id(),
                        new AccountMetadata("ROK", "ROK readout", null, null, null, null, "en", AccountKind.REPORT),
                        "Text.")));

        assertThat(titles(new MeetingFilter("filter", null, null, null, false)))
                .containsExactlyInAnyOrder(hanoi.title(), panmunjom.title());
        assertThat(titles(
                        new MeetingFilter("filter", LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 31), null, false)))
                .containsExactly(hanoi.title());
        assertThat(titles(new MeetingFilter("filter", null, null, "ROK", false)))
                .containsExactly(hanoi.title());
        assertThat(titles(new MeetingFilter("XANADU", null, null, null, false))).containsExactly(hanoi.title());
        assertThat(signedIn.as("reviewer", () -> meetings.count(new MeetingFilter("filter", null, null, null, false))))
                .isEqualTo(2);
    }

    @Test
    void archived_meetings_leave_the_default_list() {
        MeetingSummary old = create("Archive me", LocalDate.of(2010, 1, 1), null);
        signedIn.as("reviewer", () -> meetings.setArchived(old.id(), old.version(), true));
        assertThat(titles(MeetingFilter.text("Archive me"))).isEmpty();
        assertThat(titles(new MeetingFilter("Archive me", null, null, null, true)))
                .containsExactly("Archive me");
    }

    @Test
    void an_edit_on_a_stale_version_is_refused() {
        MeetingSummary m = create("Edit me", LocalDate.of(2011, 1, 1), null);
        signedIn.as(
                "reviewer",
                () -> meetings.update(m.id(), m.version(), new NewMeeting("Edited", m.startsOn(), null, null, null)));
        assertThatThrownBy(() -> signedIn.as(
                        "editor",
                        () -> meetings.update(
                                m.id(), m.version(), new NewMeeting("Overwritten", m.startsOn(), null, null, null))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(signedIn.as("reviewer", () -> meetings.get(m.id())).title()).isEqualTo("Edited");
    }

    @Test
    void a_meeting_is_deleted_with_its_accounts_while_nothing_was_reviewed() {
        MeetingSummary m = create("Delete me", LocalDate.of(2012, 1, 1), null);
        signedIn.as(
                "reviewer",
                () -> accounts.add(new NewAccount(
                        m.id(),
                        new AccountMetadata("US", "Readout", null, null, null, null, "en", AccountKind.REPORT),
                        "Text.")));
        signedIn.run("reviewer", () -> meetings.delete(m.id()));
        assertThat(titles(new MeetingFilter("Delete me", null, null, null, true)))
                .isEmpty();
    }

    @Test
    void its_creator_deletes_a_meeting_until_a_pair_is_submitted_then_only_an_editor_with_its_rounds() {
        MeetingSummary m = create("Owned by its creator", LocalDate.of(2013, 1, 1), null);
        long[] claimIds = signedIn.as("reviewer", () -> new long[] {
            claim(m.id(), "US", "We made progress."), claim(m.id(), "DPRK", "The talks were regrettable.")
        });
        var pair = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(claimIds[0], claimIds[1], Relation.CONTRADICTS, "Opposite", null)));

        assertThatThrownBy(() -> signedIn.run(
                        "reviewer2",
                        () -> meetings.update(
                                m.id(), m.version(), new NewMeeting("Taken over", m.startsOn(), null, null, null))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the person who created");
        assertThatThrownBy(() -> signedIn.run("reviewer2", () -> meetings.setArchived(m.id(), m.version(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run("reviewer2", () -> meetings.delete(m.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("reviewer2", () -> meetings.mayDelete(meetings.get(m.id()))))
                .isFalse();
        assertThat(signedIn.as("reviewer", () -> meetings.mayDelete(meetings.get(m.id()))))
                .isTrue();

        signedIn.run("reviewer", () -> pairing.submit(pair.id(), pair.version()));
        assertThatThrownBy(() -> signedIn.run("reviewer", () -> meetings.delete(m.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only an editor may delete it; archive it instead");

        long round = signedIn.as("editor", () -> agreement.request(m.id(), userId("reviewer"), userId("reviewer2")))
                .id();
        signedIn.run(
                "reviewer2",
                () -> agreement.pairBlind(
                        round, new NewPair(claimIds[0], claimIds[1], Relation.CONSISTENT, null, null)));
        signedIn.run("editor", () -> meetings.delete(m.id()));
        assertThat(titles(new MeetingFilter("Owned by its creator", null, null, null, true)))
                .isEmpty();
        assertThat(db.fetchCount(db.selectFrom("agreement_round").where("meeting_id = ?", m.id())))
                .isZero();
        assertThat(db.fetchCount(db.selectFrom("blind_pair").where("round_id = ?", round)))
                .isZero();
    }

    private long claim(long meetingId, String party, String text) {
        long account = accounts.add(new NewAccount(
                        meetingId,
                        new AccountMetadata(
                                party, party + " readout", null, null, null, null, "en", AccountKind.REPORT),
                        text))
                .account()
                .id();
        return claims.mark(new NewClaim(account, 0, text.length(), text, null, null, ClaimKind.FACT))
                .id();
    }

    private long userId(String username) {
        return db.fetchSingle("select id from app_user where username = ?", username)
                .get(0, Long.class);
    }

    @Test
    void admins_keep_the_parties_and_reviewers_only_read_them() {
        assertThat(signedIn.as("reviewer", () -> parties.list()))
                .extracting(PartyEntry::code)
                .contains("US", "DPRK", "ROK", "CHINA", "JAPAN", "RUSSIA", "OTHER");
        PartyEntry eu = signedIn.as("admin", () -> parties.create("eu", "European Union", "#003399"));
        assertThat(eu.code()).isEqualTo("EU");
        assertThatThrownBy(() -> signedIn.as("admin", () -> parties.create("EU", "Again", "#003399")))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> signedIn.as("admin", () -> parties.update(eu.id(), eu.version(), "EU", "blue")))
                .hasMessageContaining("hex code");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> parties.create("XX", "Sneaky", "#000000")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> titles(MeetingFilter filter) {
        return signedIn.as("reviewer", () -> meetings.find(filter, 0, 100)).stream()
                .map(MeetingSummary::title)
                .toList();
    }
}

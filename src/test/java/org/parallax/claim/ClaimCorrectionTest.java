package org.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountService;
import org.parallax.audit.AuditEntry;
import org.parallax.base.PairStatus;
import org.parallax.history.HistoryService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Mistakes in claims are corrected: edited, deleted, or put back in place after a text correction. */
@DatabaseTest
class ClaimCorrectionTest {

    @Autowired
    ClaimService claims;

    @Autowired
    AccountService accounts;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Autowired
    HistoryService history;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    DSLContext db;

    TestData.Talks talks;

    @BeforeEach
    void talks() {
        talks = data.talks("reviewer", "Correction talks");
    }

    Claim claim(long id) {
        return signedIn.as("reviewer", () -> claims.get(id));
    }

    Claim edit(String who, long id, ClaimEdit edit) {
        return signedIn.as(who, () -> claims.edit(id, claim(id).version(), edit));
    }

    @Test
    void the_author_or_an_editor_edits_speaker_topic_and_kind_and_nobody_else() {
        Claim committed = claim(talks.committed());
        Claim edited = edit(
                "reviewer",
                committed.id(),
                ClaimEdit.details(committed, "Mike Pompeo", "denuclearization", ClaimKind.COMMITMENT));
        assertThat(edited)
                .extracting(Claim::speaker, Claim::topic, Claim::kind)
                .containsExactly("Mike Pompeo", "denuclearization", ClaimKind.COMMITMENT);
        assertThat(edited.version()).isGreaterThan(committed.version());

        assertThatThrownBy(() -> edit("reviewer2", committed.id(), ClaimEdit.details(edited, "Someone", null, null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the reviewer who marked this claim or an editor");
        assertThat(edit("editor", committed.id(), ClaimEdit.details(edited, "Secretary Pompeo", "talks", null))
                        .speaker())
                .isEqualTo("Secretary Pompeo");
        assertThat(signedIn.as("reviewer", () -> history.ofMeeting(talks.meeting())))
                .filteredOn(e -> "claim".equals(e.entityType()) && e.entityId() == committed.id())
                .extracting(AuditEntry::action, AuditEntry::actor)
                .contains(tuple("edit", "reviewer"), tuple("edit", "editor"));
    }

    @Test
    void a_span_outside_the_text_across_a_surrogate_pair_or_onto_another_claim_is_refused_and_nothing_changes() {
        Claim committed = claim(talks.committed());
        int length =
                signedIn.as("reviewer", () -> accounts.text(talks.usAccount())).length();
        assertThatThrownBy(() -> edit("reviewer", committed.id(), ClaimEdit.span(committed, 10, length + 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not inside the account's text");
        Claim progress = claim(talks.madeProgress());
        assertThatThrownBy(() ->
                        edit("reviewer", committed.id(), ClaimEdit.span(committed, progress.start(), progress.end())))
                .isInstanceOf(DuplicateClaim.class)
                .satisfies(e -> assertThat(((DuplicateClaim) e).existingId()).isEqualTo(progress.id()));
        assertThat(claim(committed.id())).isEqualTo(committed);

        long meeting = data.meeting("reviewer", "Emoji talks");
        long account = data.account("reviewer", meeting, "US", "Progress 😀 was made.");
        long emoji = data.claim("reviewer", account, "Progress");
        Claim before = claim(emoji);
        assertThatThrownBy(() -> edit("reviewer", emoji, ClaimEdit.span(before, 0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cuts a character in two");
        assertThat(claim(emoji)).isEqualTo(before);
    }

    @Test
    void the_second_of_two_people_editing_the_same_claim_is_told_and_overwrites_nothing() {
        Claim read = claim(talks.committed());
        signedIn.as(
                "reviewer", () -> claims.edit(read.id(), read.version(), ClaimEdit.details(read, "First", null, null)));
        assertThatThrownBy(() -> signedIn.as(
                        "editor",
                        () -> claims.edit(read.id(), read.version(), ClaimEdit.details(read, "Second", null, null))))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(claim(read.id()).speaker()).isEqualTo("First");
    }

    @Test
    void the_database_refuses_to_move_a_claim_onto_another_claims_span() {
        Claim progress = claim(talks.madeProgress());
        assertThatThrownBy(() -> db.execute(
                        "update claim set start_offset = ?, end_offset = ? where id = ?",
                        progress.start(),
                        progress.end(),
                        talks.committed()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("claim_one_per_span");
    }

    @Test
    void deleting_a_claim_shows_its_drafts_first_and_deletes_them_with_it() {
        ClaimRemoval preview = signedIn.as("reviewer", () -> claims.removalOf(talks.madeProgress()));
        assertThat(preview.allowed()).isTrue();
        assertThat(preview.pairs()).singleElement().satisfies(p -> {
            assertThat(p.pairId()).isEqualTo(talks.pair().id());
            assertThat(p.status()).isEqualTo(PairStatus.DRAFT);
        });

        signedIn.as(
                "reviewer",
                () -> claims.delete(
                        talks.madeProgress(), claim(talks.madeProgress()).version()));

        assertThatThrownBy(() -> claim(talks.madeProgress())).hasMessageContaining("Claim");
        assertThatThrownBy(() ->
                        signedIn.as("reviewer", () -> pairing.get(talks.pair().id())))
                .hasMessageContaining("does not exist");
        assertThat(signedIn.as("reviewer", () -> history.ofMeeting(talks.meeting())))
                .extracting(AuditEntry::action, AuditEntry::entityId)
                .contains(tuple("delete_with_claim", talks.pair().id()), tuple("delete", talks.madeProgress()));
    }

    @Test
    void a_claim_in_a_submitted_or_approved_pair_cannot_be_deleted() {
        ClaimPair submitted = signedIn.as(
                "reviewer", () -> pairing.submit(talks.pair().id(), talks.pair().version()));
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> claims.delete(
                                talks.madeProgress(),
                                claim(talks.madeProgress()).version())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Pair " + submitted.id() + " holds this claim and is submitted");
        signedIn.as("editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        assertThat(signedIn.as("editor", () -> claims.removalOf(talks.worrying()))
                        .refusal())
                .contains("is approved");
        assertThat(claim(talks.madeProgress())).isNotNull();
    }

    @Test
    void another_persons_claim_or_pair_is_deleted_only_by_an_editor() {
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer2",
                        () -> claims.delete(
                                talks.committed(), claim(talks.committed()).version())))
                .isInstanceOf(AccessDeniedException.class);
        ClaimPair theirs =
                data.pair("reviewer2", talks.committed(), talks.unilateral(), Relation.CONTRADICTS, "Theirs.");
        assertThat(signedIn.as("reviewer", () -> claims.removalOf(talks.committed()))
                        .refusal())
                .contains("Pair " + theirs.id())
                .contains("only an editor may delete another person's pair");
        signedIn.as(
                "editor",
                () -> claims.delete(talks.committed(), claim(talks.committed()).version()));
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> pairing.get(theirs.id())))
                .hasMessageContaining("does not exist");
    }

    @Test
    void an_approved_pair_goes_back_to_review_when_its_claim_is_edited() {
        ClaimPair submitted = signedIn.as(
                "reviewer", () -> pairing.submit(talks.pair().id(), talks.pair().version()));
        signedIn.as("editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        Claim progress = claim(talks.madeProgress());

        edit("reviewer", progress.id(), ClaimEdit.details(progress, "Mike Pompeo", null, null));

        ClaimPair now = signedIn.as("reviewer", () -> pairing.get(submitted.id()));
        assertThat(now.status()).isEqualTo(PairStatus.SUBMITTED);
        assertThat(now.rereviewReason()).contains("speaker (edited)");
    }

    @Test
    void a_flagged_claim_is_put_back_by_hand_keeping_its_id_and_its_pair() {
        String corrected = "We made progress on nearly all of the central issues. "
                + "We remain committed to the complete denuclearization of North Korea.";
        var result = signedIn.as(
                "reviewer",
                () -> accounts.correctText(
                        talks.usAccount(), accounts.get(talks.usAccount()).version(), corrected, "Misquoted"));
        assertThat(result.needAttention()).singleElement().satisfies(flagged -> {
            assertThat(flagged.claim().id()).isEqualTo(talks.madeProgress());
            assertThat(flagged.candidates())
                    .extracting(AnchorCandidate::quote)
                    .first()
                    .isEqualTo("made progress on nearly all of the central issues");
        });

        // Its details are edited without moving it: only a person placing it moves it.
        Claim flagged = claim(talks.madeProgress());
        Claim renamed = edit("reviewer", flagged.id(), ClaimEdit.details(flagged, "Mike Pompeo", null, null));
        assertThat(renamed.anchorStatus()).isEqualTo(AnchorStatus.NEEDS_ATTENTION);
        assertThat(renamed.quote()).isEqualTo(flagged.quote());
        assertThat(renamed.speaker()).isEqualTo("Mike Pompeo");

        var candidates = signedIn.as("reviewer", () -> claims.candidates(talks.madeProgress()));
        assertThat(candidates).isNotEmpty();
        AnchorCandidate best = candidates.getFirst();
        assertThat(best.quote()).isEqualTo("made progress on nearly all of the central issues");
        assertThat(signedIn.as("reviewer", () -> claims.flaggedOfAccount(talks.usAccount())))
                .extracting(f -> f.claim().id())
                .containsExactly(talks.madeProgress());

        Claim back = signedIn.as(
                "reviewer",
                () -> claims.reanchorTo(
                        talks.madeProgress(), claim(talks.madeProgress()).version(), best.start(), best.end()));

        assertThat(back.id()).isEqualTo(talks.madeProgress());
        assertThat(back.anchorStatus()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(back.quote()).isEqualTo("made progress on nearly all of the central issues");
        assertThat(signedIn.as("reviewer", () -> pairing.get(talks.pair().id())).leftQuote())
                .isEqualTo("made progress on nearly all of the central issues");
        assertThat(signedIn.as("reviewer", () -> claims.spansOfAccount(talks.usAccount())))
                .extracting(ClaimSpan::id)
                .contains(talks.madeProgress());
        assertThat(signedIn.as("reviewer", () -> claims.candidates(talks.madeProgress())))
                .isEmpty();
    }
}

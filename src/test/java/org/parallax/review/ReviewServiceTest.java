package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountService;
import org.parallax.base.PairStatus;
import org.parallax.claim.ClaimService;
import org.parallax.history.HistoryLine;
import org.parallax.history.HistoryService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/** The pair lifecycle: submit, four-eyes decisions, frozen approvals, reopening, the thread and the history. */
@DatabaseTest
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    PairingService pairing;

    @Autowired
    ClaimService claims;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingService meetings;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    DSLContext db;

    @Autowired
    HistoryService histories;

    long meeting;
    long usClaim;
    long dprkClaim;

    @BeforeEach
    void claims() {
        meeting = data.meeting("reviewer", "Review test talks");
        long us = data.account("reviewer", meeting, "US", "We made progress on almost all issues.");
        long dprk = data.account("reviewer", meeting, "DPRK", "The outcome was deeply worrying.");
        usClaim = data.claim("reviewer", us, 3, 16, "made progress");
        dprkClaim = data.claim("reviewer", dprk, 4, 11, "outcome");
    }

    @Test
    void a_pairs_history_reads_as_sentences_with_full_names_and_the_editors_note() {
        ClaimPair submitted = submittedBy("reviewer");
        signedIn.run(
                "editor",
                () -> reviews.decide(
                        submitted.id(), submitted.version(), Decision.REQUEST_CHANGES, "Quote the whole sentence."));
        assertThat(signedIn.as("reviewer", () -> histories.storyOfPair(submitted.id())))
                .extracting(HistoryLine::sentence)
                .containsExactly(
                        "Eden Editor asked for changes: Quote the whole sentence.",
                        "Riley Reviewer submitted the pair for review.",
                        "Riley Reviewer linked “made progress” and “outcome” (contradicts) as a draft.");
        assertThat(signedIn.as("reviewer", () -> histories.storyOfMeeting(meeting)))
                .extracting(HistoryLine::sentence)
                .startsWith("Eden Editor asked for changes to pair " + submitted.id() + ": Quote the whole sentence.")
                .contains("Riley Reviewer marked the claim “made progress”.");
    }

    @Test
    void the_editor_reads_each_quote_in_the_sentences_around_it() {
        TestData.Talks talks = data.talks("reviewer", "Context talks");
        PairDetail detail =
                signedIn.as("editor", () -> reviews.detail(talks.pair().id()));
        assertThat(detail.left().before()).isEqualTo("We ");
        assertThat(detail.left().quote()).isEqualTo("made progress on almost all of the central issues");
        assertThat(detail.left().after())
                .isEqualTo(". We remain committed to the complete denuclearization of North Korea.");
        assertThat(detail.right().before()).isEqualTo("The ");
    }

    @Test
    void a_submitted_pair_is_approved_by_an_editor_and_the_approval_is_tied_to_its_content() {
        ClaimPair submitted = submittedBy("reviewer");
        ClaimPair approved = signedIn.as(
                "editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));

        assertThat(approved.status()).isEqualTo(PairStatus.APPROVED);
        List<ReviewRecord> records = signedIn.as("reviewer", () -> reviews.reviewsOf(submitted.id()));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.editor()).isEqualTo("Eden Editor");
            assertThat(r.contentHash()).hasSize(64);
        });
        assertThat(signedIn.as("reviewer", () -> reviews.seal(submitted.id()))).contains(SealState.HOLDS);
        assertThat(signedIn.as("reviewer", () -> reviews.myPairs()))
                .filteredOn(p -> p.pair().id() == submitted.id())
                .singleElement()
                .satisfies(p -> assertThat(p.lastDecision()).isEqualTo(Decision.APPROVE));
    }

    @Test
    void editor_cannot_approve_own_pair_neither_through_the_service_nor_in_the_database() {
        ClaimPair own = submittedBy("editor");
        assertThatThrownBy(() ->
                        signedIn.as("editor", () -> reviews.decide(own.id(), own.version(), Decision.APPROVE, null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("wrote");
        assertThat(signedIn.as("editor", () -> pairing.get(own.id())).status()).isEqualTo(PairStatus.SUBMITTED);
        long editorId = db.fetchSingle("select id from app_user where username = 'editor'")
                .get(0, Long.class);
        assertThatThrownBy(() -> db.execute(
                        "insert into review (pair_id, pair_author_id, editor_id, decision, content_hash) "
                                + "values (?, ?, ?, 'APPROVE', repeat('a', 64))",
                        own.id(),
                        editorId,
                        editorId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("review_not_by_author");
    }

    @Test
    void reject_and_request_changes_need_a_note_and_drafts_cannot_be_decided() {
        ClaimPair draft = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(usClaim, dprkClaim, Relation.CONTRADICTS, "Progress vs worry", null)));
        assertThatThrownBy(() -> signedIn.as(
                        "editor", () -> reviews.decide(draft.id(), draft.version(), Decision.APPROVE, null)))
                .hasMessageContaining("not submitted");
        ClaimPair submitted = signedIn.as("reviewer", () -> pairing.submit(draft.id(), draft.version()));
        assertThatThrownBy(() -> signedIn.as(
                        "editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.REJECT, " ")))
                .hasMessageContaining("note is required");
        ClaimPair sentBack = signedIn.as(
                "editor",
                () -> reviews.decide(
                        submitted.id(), submitted.version(), Decision.REQUEST_CHANGES, "Quote the whole sentence."));
        assertThat(sentBack.status()).isEqualTo(PairStatus.CHANGES_REQUESTED);
        assertThat(signedIn.as("reviewer", () -> reviews.myPairs()))
                .filteredOn(p -> p.pair().id() == draft.id())
                .singleElement()
                .satisfies(p -> assertThat(p.lastNote()).isEqualTo("Quote the whole sentence."));
        // The author changes it and submits again.
        ClaimPair changed = signedIn.as(
                "reviewer",
                () -> pairing.update(
                        sentBack.id(),
                        sentBack.version(),
                        Relation.PARTLY_CONTRADICTS,
                        "Progress, yet worry",
                        null,
                        List.of()));
        assertThat(signedIn.as("reviewer", () -> pairing.submit(changed.id(), changed.version()))
                        .status())
                .isEqualTo(PairStatus.SUBMITTED);
    }

    @Test
    void an_approved_pair_is_frozen_until_an_editor_reopens_it_which_voids_the_approval() {
        ClaimPair submitted = submittedBy("reviewer");
        ClaimPair approved = signedIn.as(
                "editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> pairing.update(
                                approved.id(), approved.version(), Relation.CONSISTENT, null, null, List.of())))
                .hasMessageContaining("an editor can reopen it");
        assertThatThrownBy(
                        () -> signedIn.as("reviewer", () -> reviews.reopen(approved.id(), approved.version(), "why")))
                .isInstanceOf(AccessDeniedException.class);

        ClaimPair reopened = signedIn.as(
                "admin", () -> reviews.reopen(approved.id(), approved.version(), "The DPRK text was corrected"));

        assertThat(reopened.status()).isEqualTo(PairStatus.CHANGES_REQUESTED);
        assertThat(signedIn.as("reviewer", () -> reviews.seal(approved.id()))).isEmpty();
        assertThat(signedIn.as("reviewer", () -> reviews.reviewsOf(approved.id())))
                .filteredOn(r -> r.decision() == Decision.APPROVE)
                .singleElement()
                .satisfies(r -> assertThat(r.voidReason()).isEqualTo("Reopened: The DPRK text was corrected"));
        assertThat(db.fetchCount(db.selectFrom("audit_event")
                        .where("entity_type = 'claim_pair' and entity_id = ? and action = 'reopen'", approved.id())))
                .isEqualTo(1);
    }

    @Test
    void a_decision_writes_its_audit_rows_in_the_same_transaction_and_a_refused_one_writes_none() {
        ClaimPair submitted = submittedBy("reviewer");
        int before = auditRows(submitted.id());
        assertThatThrownBy(() -> signedIn.as(
                        "editor",
                        () -> reviews.decide(submitted.id(), submitted.version() + 7, Decision.APPROVE, null)))
                .hasMessageContaining("changed by someone else");
        assertThat(auditRows(submitted.id())).isEqualTo(before);
        assertThat(db.fetchCount(db.selectFrom("review").where("pair_id = ?", submitted.id())))
                .isZero();

        signedIn.as("editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        assertThat(auditRows(submitted.id())).isEqualTo(before + 2);
    }

    @Test
    void the_database_refuses_to_alter_or_delete_history() {
        submittedBy("reviewer");
        assertThatThrownBy(() -> db.execute("update audit_event set actor_name = 'someone else'"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.execute("delete from audit_event")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void reviewers_and_editors_discuss_a_pair() {
        ClaimPair pair = submittedBy("reviewer");
        signedIn.as("editor", () -> reviews.comment(pair.id(), "Is the DPRK quote the full sentence?"));
        signedIn.as("reviewer", () -> reviews.comment(pair.id(), "Yes, the statement ends there."));
        assertThat(signedIn.as("reviewer", () -> reviews.comments(pair.id())))
                .extracting(PairComment::author)
                .containsExactly("Eden Editor", "Riley Reviewer");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> reviews.comment(pair.id(), "  ")))
                .hasMessageContaining("Write something");
    }

    private ClaimPair submittedBy(String author) {
        ClaimPair draft = signedIn.as(
                author,
                () -> pairing.link(
                        new NewPair(usClaim, dprkClaim, Relation.CONTRADICTS, "Progress versus worry", "talks")));
        return signedIn.as(author, () -> pairing.submit(draft.id(), draft.version()));
    }

    private int auditRows(long pairId) {
        return db.fetchCount(db.selectFrom("audit_event")
                .where("(entity_type = 'claim_pair' or entity_type = 'review') and entity_id = ?", pairId));
    }
}

package org.parallax.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountService;
import org.parallax.base.PairStatus;
import org.parallax.claim.ClaimService;
import org.parallax.meeting.MeetingService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class PairingServiceTest {

    @Autowired
    PairingService pairing;

    @Autowired
    WorkspaceService workspaces;

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

    long meeting;
    long usClaim;
    long usClaim2;
    long dprkClaim;
    long otherMeetingClaim;

    @BeforeEach
    void claims() {
        meeting = data.meeting("reviewer", "Pairing test talks");
        long us = data.account("reviewer", meeting, "US", "We made progress on almost all issues. Sanctions stay.");
        long dprk = data.account("reviewer", meeting, "DPRK", "The outcome was deeply worrying.");
        long rok = data.account(
                "reviewer", data.meeting("reviewer", "Other pairing talks"), "ROK", "We welcome the talks.");
        usClaim = data.claim("reviewer", us, 3, 16, "made progress");
        usClaim2 = data.claim("reviewer", us, 39, 48, "Sanctions");
        dprkClaim = data.claim("reviewer", dprk, 4, 11, "outcome");
        otherMeetingClaim = data.claim("reviewer", rok, 3, 10, "welcome");
    }

    @Test
    void links_two_claims_of_different_parties_into_a_draft_with_evidence() {
        ClaimPair pair = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        usClaim,
                        dprkClaim,
                        Relation.CONTRADICTS,
                        "Progress versus worry",
                        "talks",
                        List.of(
                                new NewEvidence("https://example.org/a", "Transcript", null),
                                new NewEvidence(null, null, "  ")))));
        assertThat(pair.status()).isEqualTo(PairStatus.DRAFT);
        assertThat(pair.author()).isEqualTo("Riley Reviewer");
        assertThat(signedIn.as("reviewer", () -> pairing.evidence(pair.id())))
                .containsExactly(new NewEvidence("https://example.org/a", "Transcript", null));
        Workspace workspace = signedIn.as("reviewer", () -> workspaces.open(meeting, null, null));
        List<List<ClaimMark>> columns = signedIn.as(
                "reviewer",
                () -> workspaces.marks(
                        meeting, workspace.left().id(), workspace.right().id()));
        assertThat(columns.getFirst())
                .filteredOn(c -> c.id() == usClaim)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo(HighlightState.PAIRED);
                    assertThat(c.relation()).isEqualTo(Relation.CONTRADICTS);
                    assertThat(c.partners()).containsExactly(dprkClaim);
                });
        assertThat(columns.get(1))
                .filteredOn(c -> c.id() == dprkClaim)
                .singleElement()
                .satisfies(c -> assertThat(c.partners()).containsExactly(usClaim));
        assertThat(signedIn.as("reviewer", () -> workspaces.chosen(usClaim)).paired())
                .isTrue();
    }

    @Test
    void refuses_two_claims_of_the_same_party() {
        assertThatThrownBy(() -> data.pair("reviewer", usClaim, usClaim2, Relation.CONTRADICTS, "x"))
                .hasMessageContaining("same party");
    }

    @Test
    void refuses_claims_of_different_meetings() {
        assertThatThrownBy(() -> data.pair("reviewer", usClaim, otherMeetingClaim, Relation.CONTRADICTS, "x"))
                .hasMessageContaining("same meeting");
    }

    @Test
    void refuses_a_second_pair_of_the_same_claims_in_either_order() {
        data.pair("reviewer", usClaim, dprkClaim, Relation.CONTRADICTS, "x");
        assertThatThrownBy(() -> data.pair("reviewer", dprkClaim, usClaim, Relation.CONSISTENT, null))
                .hasMessageContaining("already paired");
    }

    @Test
    void a_contradiction_needs_a_rationale_but_a_consistent_pair_does_not() {
        assertThatThrownBy(() -> data.pair("reviewer", usClaim, dprkClaim, Relation.PARTLY_CONTRADICTS, " "))
                .hasMessageContaining("rationale is required");
        assertThat(data.pair("reviewer", usClaim, dprkClaim, Relation.CONSISTENT, null)
                        .rationale())
                .isNull();
    }

    @Test
    void the_second_of_two_saves_on_the_same_version_gets_a_conflict_and_overwrites_nothing() {
        ClaimPair pair = data.pair("reviewer", usClaim, dprkClaim, Relation.CONTRADICTS, "first");
        signedIn.as(
                "reviewer",
                () -> pairing.update(pair.id(), pair.version(), Relation.CONTRADICTS, "second", null, List.of()));
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> pairing.update(
                                pair.id(), pair.version(), Relation.CONTRADICTS, "third", null, List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("nothing was overwritten");
        assertThat(signedIn.as("reviewer", () -> pairing.get(pair.id())).rationale())
                .isEqualTo("second");
    }

    @Test
    void only_the_author_edits_or_deletes_a_draft() {
        ClaimPair pair = data.pair("reviewer", usClaim, dprkClaim, Relation.CONTRADICTS, "mine");
        assertThatThrownBy(() -> signedIn.as(
                        "editor",
                        () -> pairing.update(pair.id(), pair.version(), Relation.CONSISTENT, null, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run("editor", () -> pairing.delete(pair.id(), pair.version())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.run("reviewer", () -> pairing.delete(pair.id(), pair.version()));
        assertThat(signedIn.as("reviewer", () -> pairing.ofMeeting(meeting, PairFilter.ALL, 0, 500)))
                .isEmpty();
    }

    @Test
    void submit_all_my_drafts_hands_in_exactly_the_drafts_the_person_saw_and_no_one_elses() {
        ClaimPair mine = data.pair("reviewer", usClaim, dprkClaim, Relation.CONTRADICTS, "Progress versus worry");
        ClaimPair mine2 = data.pair("reviewer", usClaim2, dprkClaim, Relation.CONSISTENT, "Both are sober");
        long dprk2 = data.claim("reviewer2", accountOf(dprkClaim), 16, 31, "deeply worrying");
        ClaimPair others = data.pair("reviewer2", usClaim, dprk2, Relation.CONTRADICTS, "Progress versus worry");

        assertThat(signedIn.as("reviewer", () -> pairing.myDrafts(meeting)))
                .extracting(ClaimPair::id)
                .containsExactly(mine.id(), mine2.id());
        // A draft the person did not see when they confirmed (made in another tab): nothing is submitted.
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> pairing.submitMyDrafts(meeting, List.of(mine.id()))))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("nothing was submitted");
        assertThat(signedIn.as("reviewer", () -> pairing.get(mine.id())).status())
                .isEqualTo(PairStatus.DRAFT);

        List<ClaimPair> submitted =
                signedIn.as("reviewer", () -> pairing.submitMyDrafts(meeting, List.of(mine.id(), mine2.id())));
        assertThat(submitted).extracting(ClaimPair::status).containsOnly(PairStatus.SUBMITTED);
        assertThat(signedIn.as("reviewer", () -> pairing.myDrafts(meeting))).isEmpty();
        assertThat(signedIn.as("reviewer2", () -> pairing.get(others.id())).status())
                .isEqualTo(PairStatus.DRAFT);
    }

    private long accountOf(long claimId) {
        return signedIn.as("reviewer", () -> claims.get(claimId)).accountId();
    }
}

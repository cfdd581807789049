package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** A second reviewer pairs the demo meeting blind; the editor sees agreement and kappa, and settles. */
@DatabaseTest
@Transactional
class AgreementServiceTest {

    @Autowired AgreementService agreement;
    @Autowired PairingService pairing;
    @Autowired org.parallax.pairing.WorkspaceService workspaces;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext db;

    long meeting;
    long reviewer;
    long admin;
    long madeProgress;
    long worrying;
    long committed;
    long unilateral;

    @BeforeEach
    void demo() {
        meeting = id("select id from meeting where title = 'First DPRK–US high-level talks'");
        reviewer = id("select id from app_user where username = 'reviewer'");
        admin = id("select id from app_user where username = 'admin'");
        madeProgress = id("select id from claim where quote = 'made progress on almost all of the central issues'");
        worrying = id("select id from claim where quote = 'the outcome of the first high-level talks was deeply worrying'");
        committed = id("select id from claim where quote = 'remain committed to the complete denuclearization of North Korea'");
        unilateral = id("select id from claim where quote = 'the US side raised only unilateral demands for denuclearization'");
    }

    @Test
    void two_reviewers_are_compared_with_kappa_and_the_editor_settles_the_differences() {
        // First reviewer: the demo pair (made progress ↔ worrying, contradicts) and one more, consistent.
        signedIn.as("reviewer", () -> pairing.link(new NewPair(committed, unilateral, Relation.CONSISTENT, null, null)));
        AgreementRound round = signedIn.as("editor", () -> agreement.request(meeting, reviewer, admin));

        // The second pairs blind: agrees on the demo pair, calls the other a contradiction.
        signedIn.run("admin", () -> {
            assertThat(agreement.claimsToPair(round.id())).extracting(ClaimChoice::quote).contains("made progress on almost all of the central issues");
            agreement.pairBlind(round.id(), worrying, madeProgress, Relation.CONTRADICTS);
            agreement.pairBlind(round.id(), committed, unilateral, Relation.CONTRADICTS);
        });
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> agreement.claimsToPair(round.id())))
                .isInstanceOf(AccessDeniedException.class);

        AgreementResult result = signedIn.as("editor", () -> agreement.result(round.id()));
        assertThat(result.agreed()).isEqualTo(1);
        assertThat(result.differing()).isEqualTo(1);
        // Labels per couple: (contradicts, contradicts), (consistent, contradicts):
        // p_o = 1/2; p_e = (1/2·1) [contradicts] + (1/2·0) [consistent] = 1/2; κ = 0.
        assertThat(result.kappa()).isCloseTo(0.0, within(1e-9));

        AgreementResult settled = signedIn.as("editor", () -> agreement.settle(round.id(), unilateral, committed, Relation.CONTRADICTS));
        assertThat(settled.round().open()).isFalse();
        assertThat(settled.couples()).filteredOn(c -> !c.agree()).singleElement()
                .satisfies(c -> assertThat(c.settledRelation()).isEqualTo("CONTRADICTS"));
        assertThatThrownBy(() -> signedIn.run("admin", () -> agreement.pairBlind(round.id(), madeProgress, unilateral, Relation.CONSISTENT)))
                .hasMessageContaining("settled");
    }

    @Test
    void the_second_reviewer_does_not_see_the_first_reviewers_pairs_while_the_round_is_open() {
        long us = id("select id from account where title like 'Secretary of State%'");
        long dprk = id("select id from account where title like 'Foreign Ministry%'");
        AgreementRound round = signedIn.as("editor", () -> agreement.request(meeting, reviewer, admin));

        var blind = signedIn.as("admin", () -> workspaces.marks(meeting, us, dprk));
        assertThat(blind.getFirst()).filteredOn(m -> m.id() == madeProgress).singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo("unpaired"));
        assertThat(signedIn.as("admin", () -> pairing.countOfMeeting(meeting))).isZero();
        assertThat(signedIn.as("editor", () -> pairing.countOfMeeting(meeting))).isEqualTo(1);

        signedIn.as("editor", () -> agreement.settle(round.id(), madeProgress, worrying, Relation.CONTRADICTS));
        assertThat(signedIn.as("admin", () -> pairing.countOfMeeting(meeting))).isEqualTo(1);
    }

    @Test
    void a_reviewer_cannot_request_a_round_and_the_two_must_differ() {
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> agreement.request(meeting, reviewer, admin)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("editor", () -> agreement.request(meeting, reviewer, reviewer)))
                .hasMessageContaining("two different people");
    }

    private long id(String sql) {
        return db.fetchSingle(sql).get(0, Long.class);
    }
}

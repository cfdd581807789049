package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.pairing.HighlightState;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.pairing.WorkspaceService;
import org.parallax.report.ReportFormat;
import org.parallax.report.ReportOptions;
import org.parallax.report.ReportService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** A second reviewer pairs the demo meeting blind; the editor sees agreement and kappa, and settles. */
@DatabaseTest
@Transactional
class AgreementServiceTest {

    @Autowired
    AgreementService agreement;

    @Autowired
    PairingService pairing;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    DSLContext db;

    @Autowired
    ReportService reports;

    long meeting;
    long reviewer;
    long reviewer2;
    long admin;
    long madeProgress;
    long worrying;
    long committed;
    long unilateral;
    long usAccount;
    long dprkAccount;

    @BeforeEach
    void demo() {
        TestData.Talks talks = data.talks("editor", "Agreement talks");
        meeting = talks.meeting();
        reviewer = id("select id from app_user where username = 'reviewer'");
        admin = id("select id from app_user where username = 'admin'");
        reviewer2 = id("select id from app_user where username = 'reviewer2'");
        usAccount = talks.usAccount();
        dprkAccount = talks.dprkAccount();
        madeProgress = talks.madeProgress();
        worrying = talks.worrying();
        committed = talks.committed();
        unilateral = talks.unilateral();
    }

    @Test
    void two_reviewers_are_compared_with_kappa_and_the_editor_settles_the_differences() {
        // First reviewer: the demo pair (made progress ↔ worrying, contradicts) and one more, consistent.
        signedIn.as(
                "reviewer", () -> pairing.link(new NewPair(committed, unilateral, Relation.CONSISTENT, null, null)));
        AgreementRound round = signedIn.as("editor", () -> agreement.request(meeting, reviewer, reviewer2));

        // The second pairs blind: agrees on the demo pair, calls the other a contradiction.
        signedIn.run("reviewer2", () -> {
            agreement.pairBlind(
                    round.id(), new NewPair(worrying, madeProgress, Relation.CONTRADICTS, "Progress vs worry", null));
            pairing.linkBlind(new NewPair(
                    committed, unilateral, Relation.CONTRADICTS, "Committed, yet unilateral", "denuclearization"));
        });
        assertThatThrownBy(() -> signedIn.run(
                        "reviewer",
                        () -> agreement.pairBlind(
                                round.id(), new NewPair(committed, unilateral, Relation.CONSISTENT, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(
                        "reviewer2",
                        () -> pairing.linkBlind(new NewPair(
                                madeProgress,
                                unilateral,
                                Relation.CONTRADICTS,
                                "With a source",
                                null,
                                List.of(new NewEvidence("https://example.org/transcript", "Transcript", null))))))
                .hasMessageContaining("add evidence to the pair that stands");

        AgreementResult result = signedIn.as("editor", () -> agreement.result(round.id()));
        assertThat(result.agreed()).isEqualTo(1);
        assertThat(result.differing()).isEqualTo(1);
        // Labels per couple: (contradicts, contradicts), (consistent, contradicts):
        // p_o = 1/2; p_e = (1/2·1) [contradicts] + (1/2·0) [consistent] = 1/2; κ = 0.
        assertThat(result.kappa()).isCloseTo(0.0, within(1e-9));

        assertThatThrownBy(() -> signedIn.as(
                        "reviewer2", () -> agreement.settle(round.id(), unilateral, committed, Settlement.SECOND)))
                .isInstanceOf(AccessDeniedException.class);
        AgreementResult settled =
                signedIn.as("editor", () -> agreement.settle(round.id(), unilateral, committed, Settlement.SECOND));
        assertThat(settled.round().open()).isFalse();
        assertThat(settled.couples())
                .filteredOn(c -> !c.agree())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.settlement()).isEqualTo(Settlement.SECOND);
                    assertThat(c.settledRelation()).isEqualTo(Relation.CONTRADICTS);
                });
        assertThatThrownBy(() -> signedIn.run(
                        "reviewer2",
                        () -> agreement.pairBlind(
                                round.id(), new NewPair(madeProgress, unilateral, Relation.CONSISTENT, null, null))))
                .hasMessageContaining("settled");

        // The second reviewer's version is now the meeting's pair, with its provenance, waiting for an editor.
        var pair = db.fetchSingle(
                "select author_id, relation, rationale, topic, status, settled_round_id from claim_pair "
                        + "where least(left_claim_id, right_claim_id) = ? and greatest(left_claim_id, right_claim_id) = ?",
                Math.min(committed, unilateral),
                Math.max(committed, unilateral));
        assertThat(pair.get("author_id", Long.class)).isEqualTo(reviewer2);
        assertThat(pair.get("relation", String.class)).isEqualTo("CONTRADICTS");
        assertThat(pair.get("rationale", String.class)).isEqualTo("Committed, yet unilateral");
        assertThat(pair.get("status", String.class)).isEqualTo("SUBMITTED");
        assertThat(pair.get("settled_round_id", Long.class)).isEqualTo(round.id());
        // The pair both agreed on is marked as settled too.
        assertThat(db.fetchValue(
                        "select settled_round_id from claim_pair where least(left_claim_id, right_claim_id) = ? "
                                + "and greatest(left_claim_id, right_claim_id) = ?",
                        Math.min(madeProgress, worrying),
                        Math.max(madeProgress, worrying)))
                .isEqualTo(round.id());

        // The meeting report shows the round: kappa and how it was settled.
        var rounds = signedIn.as("reviewer", () -> agreement.settledRounds(meeting));
        assertThat(rounds).singleElement().satisfies(r -> {
            assertThat(r.kappa()).isCloseTo(0.0, within(1e-9));
            assertThat(r.keptSecond()).isEqualTo(1);
            assertThat(r.agreed()).isEqualTo(1);
        });
        String html = signedIn.as("reviewer", () -> {
            var out = new ByteArrayOutputStream();
            try {
                reports.write(meeting, new ReportOptions(true, Set.of(), null), ReportFormat.HTML, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
        assertThat(html).contains("Agreement rounds").contains("0.00").contains("settled in agreement round 1");
    }

    @Test
    void keeping_neither_deletes_the_first_reviewers_pair_and_keeping_the_first_keeps_it() {
        long first = signedIn.as(
                        "reviewer",
                        () -> pairing.link(new NewPair(committed, unilateral, Relation.CONSISTENT, null, null)))
                .id();
        AgreementRound round = signedIn.as("editor", () -> agreement.request(meeting, reviewer, reviewer2));
        signedIn.run(
                "reviewer2",
                () -> pairing.linkBlind(
                        new NewPair(madeProgress, unilateral, Relation.CONTRADICTS, "Progress vs demands", null)));
        // The demo pair (first reviewer's, second did not pair it), the consistent one, the second's own.
        signedIn.as("editor", () -> agreement.settle(round.id(), committed, unilateral, Settlement.NEITHER));
        assertThat(db.fetchCount(db.selectFrom("claim_pair").where("id = ?", first)))
                .isZero();
        long demoPair = db.fetchSingle(
                        "select id from claim_pair where least(left_claim_id, right_claim_id) = ? "
                                + "and greatest(left_claim_id, right_claim_id) = ?",
                        Math.min(madeProgress, worrying),
                        Math.max(madeProgress, worrying))
                .get(0, Long.class);
        signedIn.as("editor", () -> agreement.settle(round.id(), madeProgress, worrying, Settlement.FIRST));
        AgreementResult last =
                signedIn.as("editor", () -> agreement.settle(round.id(), madeProgress, unilateral, Settlement.FIRST));
        assertThat(last.round().open()).isFalse();
        assertThat(db.fetchValue("select settled_round_id from claim_pair where id = ?", demoPair))
                .isEqualTo(round.id());
        assertThat(db.fetchCount(db.selectFrom("claim_pair")
                        .where(
                                "least(left_claim_id, right_claim_id) = ? "
                                        + "and greatest(left_claim_id, right_claim_id) = ?",
                                Math.min(madeProgress, unilateral),
                                Math.max(madeProgress, unilateral))))
                .as("the first reviewer had no pair there; keeping theirs keeps none")
                .isZero();
    }

    @Test
    void the_second_reviewer_does_not_see_the_first_reviewers_pairs_while_the_round_is_open() {
        long us = usAccount;
        long dprk = dprkAccount;
        AgreementRound round = signedIn.as("editor", () -> agreement.request(meeting, reviewer, admin));

        var blind = signedIn.as("admin", () -> workspaces.marks(meeting, us, dprk));
        assertThat(blind.getFirst())
                .filteredOn(m -> m.id() == madeProgress)
                .singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(HighlightState.UNPAIRED));
        assertThat(signedIn.as("admin", () -> pairing.countOfMeeting(meeting, PairFilter.ALL)))
                .isZero();
        assertThat(signedIn.as("editor", () -> pairing.countOfMeeting(meeting, PairFilter.ALL)))
                .isEqualTo(1);
        // The blind reviewer's own links are drawn for them, and for nobody else.
        signedIn.run(
                "admin",
                () -> pairing.linkBlind(new NewPair(committed, unilateral, Relation.CONTRADICTS, "Mine", null)));
        assertThat(signedIn.as("admin", () -> workspaces.marks(meeting, us, dprk))
                        .getFirst())
                .filteredOn(m -> m.id() == committed)
                .singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(HighlightState.PAIRED));
        assertThat(signedIn.as("editor", () -> workspaces.marks(meeting, us, dprk))
                        .getFirst())
                .filteredOn(m -> m.id() == committed)
                .singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(HighlightState.UNPAIRED));
        // An editor who pairs blind does not get the round's result either.
        assertThatThrownBy(() -> signedIn.as("admin", () -> agreement.result(round.id())))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("editor", () -> agreement.settle(round.id(), madeProgress, worrying, Settlement.FIRST));
        signedIn.as("editor", () -> agreement.settle(round.id(), committed, unilateral, Settlement.NEITHER));
        assertThat(signedIn.as("admin", () -> pairing.countOfMeeting(meeting, PairFilter.ALL)))
                .isEqualTo(1);
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

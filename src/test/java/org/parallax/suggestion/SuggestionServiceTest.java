package org.parallax.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.agreement.AgreementService;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.pairing.AcceptedSuggestion;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class SuggestionServiceTest {

    static final String US = "We made great progress on denuclearization at the talks. "
            + "The weather in Pyongyang was warm and sunny. "
            + "Both sides agreed to meet again in August.";
    static final String DPRK = "The talks on denuclearization were regrettable. "
            + "Our delegation visited a textile factory in the afternoon. "
            + "Both sides agreed to meet again in August.";

    @Autowired
    SuggestionService suggestions;

    @Autowired
    PairingService pairing;

    @Autowired
    ClaimService claims;

    @Autowired
    TestData data;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DSLContext db;

    @Autowired
    AgreementService agreement;

    record Meeting(long id, long us, long dprk) {}

    private Meeting meeting(String title) {
        long meeting = data.meeting("reviewer", title);
        return new Meeting(
                meeting, data.account("reviewer", meeting, "US", US), data.account("reviewer", meeting, "DPRK", DPRK));
    }

    private List<Suggestion> suggest(Meeting m) {
        return signedIn.as("reviewer", () -> suggestions.suggest(m.id(), m.us(), m.dprk(), 20));
    }

    @Test
    void a_contradiction_comes_before_a_consistent_and_an_unrelated_couple_without_any_claim() {
        Meeting m = meeting("Ranking");

        List<Suggestion> found = suggest(m);

        assertThat(found).isNotEmpty();
        Suggestion best = found.getFirst();
        assertThat(best.left().text()).isEqualTo("We made great progress on denuclearization at the talks.");
        assertThat(best.right().text()).isEqualTo("The talks on denuclearization were regrettable.");
        assertThat(US.substring(best.left().start(), best.left().end()))
                .isEqualTo(best.left().text());
        assertThat(best.left().claimId()).isNull();
        assertThat(best.reasons())
                .extracting(Reason::text)
                .anySatisfy(r -> assertThat(r).contains("denuclearization"))
                .anySatisfy(r -> assertThat(r).contains("(positive) against").contains("regrettable"));
        double contradiction = best.score();
        double consistent = scoreOf(found, "Both sides agreed", "Both sides agreed");
        double unrelated = scoreOf(found, "The weather", "Our delegation");
        assertThat(contradiction).isGreaterThan(consistent).isGreaterThan(unrelated);
    }

    private static double scoreOf(List<Suggestion> found, String left, String right) {
        return found.stream()
                .filter(s ->
                        s.left().text().startsWith(left) && s.right().text().startsWith(right))
                .mapToDouble(Suggestion::score)
                .findFirst()
                .orElse(0);
    }

    @Test
    void a_dismissed_suggestion_stays_dismissed() {
        Meeting m = meeting("Dismiss");
        Suggestion best = suggest(m).getFirst();

        signedIn.run("reviewer", () -> suggestions.dismiss(m.id(), best.key()));
        signedIn.run("reviewer", () -> suggestions.dismiss(m.id(), best.key()));

        assertThat(suggest(m)).extracting(Suggestion::key).doesNotContain(best.key());
        assertThat(signedIn.as("reviewer2", () -> suggestions.suggest(m.id(), m.us(), m.dprk(), 20)))
                .extracting(Suggestion::key)
                .doesNotContain(best.key());
        assertThat(db.fetchCount(
                        db.selectFrom("audit_event").where("action = 'dismiss_suggestion' and meeting_id = ?", m.id())))
                .isEqualTo(1);
    }

    @Test
    void accepting_makes_exactly_two_claims_and_one_draft_pair_then_reuses_claims() {
        Meeting m = meeting("Accept");
        Suggestion best = suggest(m).getFirst();

        AcceptedSuggestion accepted = signedIn.as(
                "reviewer",
                () -> pairing.accept(m.id(), best.key(), Relation.CONTRADICTS, "Progress against regret.", "talks"));

        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(m.us()))).hasSize(1);
        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(m.dprk()))).hasSize(1);
        assertThat(accepted.pair().status().name()).isEqualTo("DRAFT");
        assertThat(accepted.pair().relation()).isEqualTo(Relation.CONTRADICTS);
        assertThat(db.fetchCount(db.selectFrom("claim_pair").where("meeting_id = ?", m.id())))
                .isEqualTo(1);
        // The couple is paired now: no longer suggested; the claims stand in for their sentences.
        List<Suggestion> after = suggest(m);
        assertThat(after).extracting(Suggestion::key).doesNotContain(best.key());
        assertThat(after)
                .filteredOn(s -> s.left().start() == best.left().start())
                .allSatisfy(s -> assertThat(s.left().claimId()).isEqualTo(accepted.leftClaimId()));

        // Accepting a couple of existing claims again makes nothing new.
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer", () -> pairing.accept(m.id(), best.key(), Relation.CONTRADICTS, "Again.", null)))
                .hasMessageContaining("already paired");
        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(m.us()))).hasSize(1);
    }

    @Test
    void accepting_a_suggestion_on_a_claim_already_marked_uses_that_claim() {
        Meeting m = meeting("Reuse");
        String sentence = "We made great progress on denuclearization at the talks.";
        Claim marked = signedIn.as(
                "reviewer2",
                () -> claims.mark(new NewClaim(m.us(), 0, sentence.length(), sentence, null, null, ClaimKind.FACT)));
        Suggestion best = suggest(m).getFirst();
        assertThat(best.left().claimId()).isEqualTo(marked.id());

        AcceptedSuggestion accepted = signedIn.as(
                "reviewer",
                () -> pairing.accept(m.id(), best.key(), Relation.CONTRADICTS, "Progress against regret.", null));

        assertThat(accepted.leftClaimId()).isEqualTo(marked.id());
        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(m.us()))).hasSize(1);
        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(m.dprk()))).hasSize(1);
    }

    @Test
    void a_blind_reviewers_accepted_suggestion_goes_to_their_round() {
        Meeting m = meeting("Blind accept");
        signedIn.as("editor", () -> agreement.request(m.id(), "reviewer", "reviewer2"));
        Suggestion best = signedIn.as("reviewer2", () -> suggestions.suggest(m.id(), m.us(), m.dprk(), 5))
                .getFirst();

        AcceptedSuggestion accepted = signedIn.as(
                "reviewer2", () -> pairing.accept(m.id(), best.key(), Relation.CONTRADICTS, "Blind regret.", null));

        assertThat(accepted.pair()).isNull();
        assertThat(db.fetchCount(db.selectFrom("claim_pair").where("meeting_id = ?", m.id())))
                .isZero();
        assertThat(db.fetchCount(db.selectFrom("blind_pair")
                        .where(
                                "left_claim_id = ? and right_claim_id = ?",
                                accepted.leftClaimId(),
                                accepted.rightClaimId())))
                .isEqualTo(1);
    }

    @Test
    void accounts_of_one_party_and_of_another_meeting_are_refused() {
        Meeting m = meeting("Refusals");
        Meeting other = meeting("Other");
        long us2 = data.account("reviewer", m.id(), "US", "A second US account about progress.");

        assertThatThrownBy(() -> signedIn.as("reviewer", () -> suggestions.suggest(m.id(), m.us(), us2, 5)))
                .hasMessageContaining("two different parties");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> suggestions.suggest(m.id(), m.us(), other.dprk(), 5)))
                .hasMessageContaining("Account");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> suggestions.suggest(m.id(), m.us(), m.dprk(), 0)))
                .hasMessageContaining("limit");
    }
}

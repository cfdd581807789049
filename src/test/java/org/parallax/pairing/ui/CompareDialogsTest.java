package org.parallax.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.claim.ClaimService;
import org.parallax.pairing.Relation;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The comparison screen's dialogs, driven on the server as a person would fill them in. */
@DatabaseTest
@Transactional
class CompareDialogsTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    ClaimService claims;

    @Autowired
    SignedIn signedIn;

    long meeting;
    long us;
    long dprk;

    @BeforeEach
    void twoAccounts() {
        meeting = data.meeting("reviewer", "Dialog talks");
        us = data.account(
                "reviewer",
                meeting,
                new AccountMetadata(
                        "US", "Readout", "US Secretary of State", null, null, null, "en", AccountKind.REPORT),
                "We remain committed to the complete denuclearization of North Korea.");
        dprk = data.account(
                "reviewer", meeting, "DPRK", "The US side raised only unilateral demands for denuclearization.");
    }

    CompareView open() {
        navigate("meetings/" + meeting + "/compare", CompareView.class);
        return (CompareView) getCurrentView();
    }

    @Test
    @WithUserDetails("reviewer")
    void the_mark_dialog_defaults_the_speaker_to_the_accounts_and_refuses_a_forged_quote() {
        CompareView view = open();
        var left = view.column(CompareView.Side.LEFT).choice.getValue();
        var dialog = view.markDialog();
        dialog.open(
                view.column(CompareView.Side.LEFT).text,
                left.id(),
                7,
                20,
                "not the text at that place",
                left.speaker(),
                null);
        roundTrip();
        assertThat(dialog.speaker.getValue()).isEqualTo("US Secretary of State");
        test(dialog.save).click();
        assertThat(dialog.error.getText()).contains("does not match the account at that position");
    }

    @Test
    @WithUserDetails("reviewer")
    void the_link_dialog_requires_a_rationale_for_a_contradiction() {
        CompareView view = open();
        long left = data.claim("reviewer", us, "remain committed to the complete denuclearization of North Korea");
        long right = data.claim("reviewer", dprk, "US side raised only unilateral demands for denuclearization");
        chooseClaim(view, CompareView.Side.LEFT, left);
        chooseClaim(view, CompareView.Side.RIGHT, right);
        assertThat(view.link.isEnabled()).isTrue();
        test(view.link).click();

        LinkDialog dialog = $(LinkDialog.class).single();
        assertThat(dialog.relation.getValue()).isEqualTo(Relation.CONTRADICTS);
        assertThat(dialog.getElement().getTextRecursively())
                .as("each quote says who said it")
                .contains("United States")
                .contains("Democratic People's Republic of Korea");
        test(dialog.topic).setValue("denuclearization");
        test(dialog.save).click();
        assertThat(dialog.rationale.isInvalid()).isTrue();
        assertThat(dialog.rationale.getErrorMessage())
                .isEqualTo("Say why one claim contradicts the other: a rationale is required.");
        assertThat(dialog.error.getText()).isEmpty();
        assertThat(dialog.topic.getValue()).isEqualTo("denuclearization");

        test(dialog.rationale)
                .setValue("The US commits to denuclearization; the DPRK calls the US demands unilateral.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.pairs.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_chosen_claim_is_moved_onto_a_selection_keeping_its_id() {
        CompareView view = open();
        long claim = data.claim("reviewer", us, "remain committed");
        chooseClaim(view, CompareView.Side.LEFT, claim);
        String quote = "remain committed to the complete denuclearization";
        int start = "We ".length();
        view.selected(CompareView.Side.LEFT, start, start + quote.length(), quote);
        MarkClaimDialog dialog = view.markDialog();
        assertThat(dialog.move.isVisible()).isTrue();
        assertThat(dialog.move.getText()).isEqualTo("Move “remain committed” here");

        test(dialog.move).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(signedIn.as("reviewer", () -> claims.get(claim)).quote()).isEqualTo(quote);
        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(us))).hasSize(1);
    }

    @Test
    @WithUserDetails("reviewer")
    void marking_a_span_that_is_a_claim_already_chooses_that_claim() {
        CompareView view = open();
        CompareColumn left = view.column(CompareView.Side.LEFT);
        String quote = "remain committed";
        int start = "We ".length();
        // As the column reports a selection of the text.
        view.selected(CompareView.Side.LEFT, start, start + quote.length(), quote);
        MarkClaimDialog dialog = view.markDialog();
        test(dialog.save).click();
        long first = left.chosen().claim().id();
        left.clearChoice();

        view.selected(CompareView.Side.LEFT, start, start + quote.length(), quote);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.error.getText()).isEmpty();
        assertThat(left.chosen().claim().id()).as("the existing claim, chosen").isEqualTo(first);
        assertThat(signedIn.as("reviewer", () -> claims.ofAccount(us))).hasSize(1);
    }

    @Test
    @WithUserDetails("reviewer")
    void the_url_names_the_two_accounts() {
        open();
        UI.getCurrent()
                .navigate(
                        "meetings/" + meeting + "/compare",
                        QueryParameters.simple(Map.of("left", String.valueOf(dprk), "right", String.valueOf(us))));
        CompareView view = (CompareView) getCurrentView();
        assertThat(view.column(CompareView.Side.LEFT).choice.getValue().partyCode())
                .isEqualTo("DPRK");
        assertThat(view.column(CompareView.Side.RIGHT).choice.getValue().partyCode())
                .isEqualTo("US");
    }

    private static void chooseClaim(CompareView view, CompareView.Side side, long claimId) {
        view.chosen(side, claimId);
    }
}

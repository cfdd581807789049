package org.parallax.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.claim.ClaimRemoval;
import org.parallax.claim.ClaimService;
import org.parallax.pairing.PairingService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** An account's details are corrected after import, and an account imported by mistake is deleted. */
@DatabaseTest
class AccountCorrectionTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    TestData.Talks talks;

    @BeforeEach
    void talks() {
        talks = data.talks("reviewer", "Account correction talks");
    }

    AccountSummary account(long id) {
        return signedIn.as("reviewer", () -> accounts.get(id));
    }

    static AccountMetadata metadata(AccountSummary a, String party) {
        return new AccountMetadata(
                party,
                "Remarks to the press",
                "Mike Pompeo",
                "US Department of State",
                "https://www.state.gov/remarks",
                LocalDate.of(2018, 7, 7),
                "en",
                AccountKind.OFFICIAL_STATEMENT);
    }

    @Test
    void the_importer_edits_every_detail_and_another_reviewer_cannot() {
        AccountSummary before = account(talks.usAccount());
        AccountSummary after = signedIn.as(
                "reviewer", () -> accounts.updateMetadata(before.id(), before.version(), metadata(before, "US")));
        assertThat(after)
                .extracting(
                        AccountSummary::title,
                        AccountSummary::speaker,
                        AccountSummary::publisher,
                        AccountSummary::sourceUrl,
                        AccountSummary::publishedOn,
                        AccountSummary::kind)
                .containsExactly(
                        "Remarks to the press",
                        "Mike Pompeo",
                        "US Department of State",
                        "https://www.state.gov/remarks",
                        LocalDate.of(2018, 7, 7),
                        AccountKind.OFFICIAL_STATEMENT);
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer2", () -> accounts.updateMetadata(after.id(), after.version(), metadata(after, "US"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "editor", () -> accounts.updateMetadata(after.id(), before.version(), metadata(after, "US"))))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("changed by someone else");
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> accounts.updateMetadata(
                                after.id(),
                                after.version(),
                                new AccountMetadata("US", "T", null, null, "ftp://x", null, "en", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with http");
        assertThat(account(after.id())).isEqualTo(after);
    }

    @Test
    void the_party_changes_only_while_nothing_of_the_account_is_paired() {
        AccountSummary us = account(talks.usAccount());
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer", () -> accounts.updateMetadata(us.id(), us.version(), metadata(us, "ROK"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The party cannot change");

        signedIn.run(
                "reviewer", () -> pairing.delete(talks.pair().id(), talks.pair().version()));
        AccountSummary moved =
                signedIn.as("reviewer", () -> accounts.updateMetadata(us.id(), us.version(), metadata(us, "ROK")));
        assertThat(moved.partyCode()).isEqualTo("ROK");
        assertThat(signedIn.as("reviewer", () -> claims.get(talks.madeProgress()))
                        .partyId())
                .as("the claims follow their account's party")
                .isEqualTo(signedIn.as("reviewer", () -> claims.get(talks.committed()))
                        .partyId())
                .isNotEqualTo(signedIn.as("reviewer", () -> claims.get(talks.worrying()))
                        .partyId());
    }

    @Test
    void an_account_is_deleted_with_its_claims_and_draft_pairs() {
        ClaimRemoval preview = signedIn.as("reviewer", () -> accounts.removalOf(talks.dprkAccount()));
        assertThat(preview.allowed()).isTrue();
        assertThat(preview.claimIds()).containsExactlyInAnyOrder(talks.worrying(), talks.unilateral());
        assertThat(preview.pairs())
                .extracting(ClaimRemoval.Pairing::pairId)
                .containsExactly(talks.pair().id());

        assertThatThrownBy(() -> signedIn.as(
                        "reviewer2",
                        () -> accounts.delete(
                                talks.dprkAccount(),
                                account(talks.dprkAccount()).version())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as(
                "reviewer",
                () -> accounts.delete(
                        talks.dprkAccount(), account(talks.dprkAccount()).version()));

        assertThat(signedIn.as("reviewer", () -> accounts.ofMeeting(talks.meeting())))
                .extracting(AccountSummary::id)
                .containsExactly(talks.usAccount());
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> claims.get(talks.worrying())))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() ->
                        signedIn.as("reviewer", () -> pairing.get(talks.pair().id())))
                .hasMessageContaining("does not exist");
    }

    @Test
    void an_account_with_a_submitted_pair_stays() {
        signedIn.as(
                "reviewer", () -> pairing.submit(talks.pair().id(), talks.pair().version()));
        assertThatThrownBy(() -> signedIn.as(
                        "editor",
                        () -> accounts.delete(
                                talks.usAccount(), account(talks.usAccount()).version())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is submitted");
        assertThat(account(talks.usAccount()).claimCount()).isEqualTo(2);
    }
}

package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountService;
import org.parallax.base.PairStatus;
import org.parallax.claim.ClaimService;
import org.parallax.history.HistoryService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.report.ReportFormat;
import org.parallax.report.ReportOptions;
import org.parallax.report.ReportService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approval seals both claims' anchors, the relation, rationale, topic and evidence. When any of it
 * changes, by a text correction or straight in the database, the pair needs re-review: it leaves the
 * approved-only report in every format, is back in the review queue, and its history says why.
 */
@DatabaseTest
class ApprovalSealTest {

    static final String RATIONALE = "Progress set against regret, sealed";

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
    ReportService reports;

    @Autowired
    HistoryService history;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    DSLContext db;

    long meeting;
    long usAccount;
    ClaimPair approved;

    @BeforeEach
    void anApprovedPair() {
        meeting = data.meeting("reviewer", "Seal talks");
        usAccount = data.account("reviewer", meeting, "US", "We made progress on almost all issues. Sanctions stay.");
        long dprkAccount = data.account("reviewer", meeting, "DPRK", "The outcome was deeply regrettable.");
        long us = data.claim("reviewer", usAccount, 3, 16, "made progress");
        long dprk = data.claim("reviewer", dprkAccount, 16, 34, "deeply regrettable");
        ClaimPair draft = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        us,
                        dprk,
                        Relation.CONTRADICTS,
                        RATIONALE,
                        "talks",
                        List.of(new NewEvidence("https://example.org/readout", "Readout", "Transcript")))));
        ClaimPair submitted = signedIn.as("reviewer", () -> pairing.submit(draft.id(), draft.version()));
        approved = signedIn.as(
                "editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        assertThat(inApprovedReport())
                .as("approved, so reported")
                .allSatisfy(text -> assertThat(text).contains("made progress"));
    }

    @Test
    void a_correction_that_removes_the_claims_sentence_sends_the_pair_back_to_review() {
        int version = signedIn.as("reviewer", () -> accounts.get(usAccount)).version();
        signedIn.as(
                "reviewer",
                () -> accounts.correctText(
                        usAccount, version, "We talked for two days. Sanctions stay.", "The readout was misquoted"));

        assertNeedsReReview("the US claim lost its place after a text correction");
    }

    @Test
    void evidence_changed_in_the_database_breaks_the_seal_too() {
        db.execute("update evidence set note = 'Tampered' where pair_id = ?", approved.id());

        assertThat(signedIn.as("reviewer", () -> reviews.seal(approved.id())))
                .hasValueSatisfying(seal -> assertThat(seal.changed()).containsExactly("evidence"));
        assertNeedsReReview("evidence");
    }

    @Test
    void an_altered_approval_record_breaks_the_seal() {
        db.execute(
                "update review set sealed = jsonb_set(sealed, '{topic}', '\"other\"') where pair_id = ?",
                approved.id());

        assertNeedsReReview("the approval's own record");
    }

    private void assertNeedsReReview(String changed) {
        assertThat(inApprovedReport())
                .as("left out of the approved-only report in every format")
                .allSatisfy(text -> assertThat(text).doesNotContain(RATIONALE));
        ClaimPair now = signedIn.as("reviewer", () -> pairing.get(approved.id()));
        assertThat(now.status()).isEqualTo(PairStatus.SUBMITTED);
        assertThat(now.statusLabel()).isEqualTo("needs re-review");
        assertThat(now.rereviewReason()).contains(changed);
        assertThat(signedIn.as("editor", () -> reviews.queue()))
                .extracting(QueuedPair::pairId)
                .contains(approved.id());
        assertThat(signedIn.as("reviewer", () -> history.ofPair(approved.id()))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("seal_broken");
            assertThat(e.after()).contains(changed);
        });
        assertThat(signedIn.as("reviewer", () -> reviews.reviewsOf(approved.id())))
                .filteredOn(r -> r.decision() == Decision.APPROVE)
                .singleElement()
                .satisfies(r ->
                        assertThat(r.voidReason()).startsWith("Seal broken: ").contains(changed));
        assertThat(report(ReportFormat.HTML, new ReportOptions(true, Set.of(), null)))
                .contains(RATIONALE)
                .contains("NEEDS RE-REVIEW");
        assertThat(report(ReportFormat.JSON, new ReportOptions(true, Set.of(), null)))
                .contains("\"needsReReview\"")
                .contains(changed);
    }

    /** The approved-only report in every format, as text. */
    private List<String> inApprovedReport() {
        return Arrays.stream(ReportFormat.values())
                .map(f -> report(f, ReportOptions.approvedOnly()))
                .toList();
    }

    private String report(ReportFormat format, ReportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signedIn.run("reviewer", () -> {
            try {
                reports.write(meeting, options, format, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        if (format == ReportFormat.PDF) {
            try (var pdf = Loader.loadPDF(out.toByteArray())) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

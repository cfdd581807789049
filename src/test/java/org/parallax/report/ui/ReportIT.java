package org.parallax.report.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.support.BrowserTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer previews a meeting's report and downloads it as PDF and CSV, as a person does. */
class ReportIT extends BrowserTest {

    @Autowired
    DSLContext db;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Test
    void a_reviewer_previews_the_report_and_downloads_its_pdf_and_csv() throws Exception {
        Record pair = approvedPair();
        String left = pair.get("left_quote", String.class);
        String right = pair.get("right_quote", String.class);
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + data.demoMeeting() + "/report"));

        FrameLocator preview = page.frameLocator("iframe.report-preview");
        assertThat(preview.locator("h2", new FrameLocator.LocatorOptions().setHasText("Approved pairs")))
                .isVisible();
        assertThat(preview.locator("blockquote", new FrameLocator.LocatorOptions().setHasText(left)))
                .isVisible();

        Download pdf = page.waitForDownload(() -> page.getByText("PDF", new Page.GetByTextOptions().setExact(true))
                .click());
        assertThat(pdf.suggestedFilename()).isEqualTo("first-dprk-us-high-level-talks-2018-07-06.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text =
                    new PDFTextStripper().getText(document).replace("\n", " ").replace("\r", "");
            assertThat(text).contains("Approved pairs only", "approved by Eden Editor");
            assertThat(text.replace(" ", "")).contains(left.replace(" ", ""), right.replace(" ", ""));
        }
        assertThat(page.locator(".report-progress")).containsText("PDF report made in");

        Download csv = page.waitForDownload(() -> page.getByText("CSV", new Page.GetByTextOptions().setExact(true))
                .click());
        String body = Files.readString(csv.path());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("approved"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("left_quote")).isEqualTo(left);
            assertThat(r.get("right_quote")).isEqualTo(right);
            assertThat(r.get("editor")).isEqualTo("Eden Editor");
        });

        // Asking for every pair: the preview marks those not approved with their status.
        page.getByText("Include pairs not yet approved").click();
        assertThat(preview.locator("h2", new FrameLocator.LocatorOptions().setHasText("Pairs")))
                .isVisible();
        assertThat(preview.locator(".status").first()).isVisible();
    }

    /** An approved pair of two demo claims nobody has paired yet (the screens that make one are tested elsewhere). */
    private Record approvedPair() {
        Record couple = db.fetchSingle("""
                select l.id as left_id, r.id as right_id, l.quote as left_quote, r.quote as right_quote
                from claim l join claim r on r.meeting_id = l.meeting_id and r.party_id <> l.party_id
                where l.meeting_id = ? and l.party_id = (select id from party where code = 'US')
                  and not exists (select 1 from claim_pair p where p.left_claim_id in (l.id, r.id) or p.right_claim_id in (l.id, r.id))
                order by l.id, r.id limit 1""", data.demoMeeting());
        ClaimPair draft = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        couple.get("left_id", Long.class),
                        couple.get("right_id", Long.class),
                        Relation.CONTRADICTS,
                        "Approved for the report test",
                        "report")));
        ClaimPair submitted = signedIn.as("reviewer", () -> pairing.submit(draft.id(), draft.version()));
        signedIn.run("editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        return couple;
    }
}

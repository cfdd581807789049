package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.base.PairStatus;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each format of a meeting's report, parsed back: a US account in English (with a character outside the
 * Basic Multilingual Plane before its claims) and a DPRK account in Korean; one approved pair with
 * evidence, one draft whose quote and rationale would run as spreadsheet formulas.
 */
@DatabaseTest
class ReportServiceTest {

    static final String US_TEXT = "Talks 𝐀: we made real progress on nearly all of the central issues. "
            + "=HYPERLINK(\"http://evil.example\") is what we demand of no one.";
    static final String DPRK_TEXT = "조미 고위급회담 결과는 매우 우려스럽다. 미국측은 일방적인 비핵화 요구만 내들었다.";

    @Autowired
    ReportService reports;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    JsonMapper json;

    @Autowired
    DSLContext db;

    long meeting;
    long usAccount;
    long dprkAccount;
    ClaimPair approved;
    ClaimPair draft;

    @BeforeEach
    void meetingWithTwoPairs() {
        meeting = signedIn.as(
                        "reviewer",
                        () -> meetings.create(new NewMeeting(
                                "Report test talks " + System.nanoTime(),
                                LocalDate.of(2018, 7, 6),
                                LocalDate.of(2018, 7, 7),
                                "Pyongyang",
                                null)))
                .id();
        usAccount = account("US", "en", US_TEXT);
        dprkAccount = account("DPRK", "ko", DPRK_TEXT);
        long progress = data.claim("reviewer", usAccount, "made real progress on nearly all of the central issues");
        long formula = data.claim("reviewer", usAccount, "=HYPERLINK(\"http://evil.example\")");
        long worrying = data.claim("reviewer", dprkAccount, "매우 우려스럽다");
        long unilateral = data.claim("reviewer", dprkAccount, "일방적인 비핵화 요구");
        ClaimPair linked = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        progress,
                        worrying,
                        Relation.CONTRADICTS,
                        "Progress on almost all issues versus a deeply worrying outcome.",
                        "talks",
                        List.of(new NewEvidence(
                                "https://example.org/kcna-2018-07-07", "KCNA statement, 7 July 2018", null)))));
        ClaimPair submitted = signedIn.as("reviewer", () -> pairing.submit(linked.id(), linked.version()));
        approved = signedIn.as(
                "editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));
        draft = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        formula,
                        unilateral,
                        Relation.PARTLY_CONTRADICTS,
                        "+1 for the demand, -1 for the tone",
                        "sanctions")));
    }

    @Test
    void a_report_holds_approved_pairs_unless_asked_for_all_and_filters_by_party_and_topic() {
        MeetingReport standard = signedIn.as("reviewer", () -> reports.report(meeting, ReportOptions.approvedOnly()));
        assertThat(standard.pairs()).extracting(ReportPair::id).containsExactly(approved.id());
        ReportPair pair = standard.pairs().getFirst();
        assertThat(pair.editor()).isEqualTo("Eden Editor");
        assertThat(pair.approvedAt()).isNotNull();
        assertThat(pair.author()).isEqualTo("Riley Reviewer");
        assertThat(pair.evidence())
                .extracting(ReportEvidence::url)
                .containsExactly("https://example.org/kcna-2018-07-07");
        assertThat(pair.right().quote()).isEqualTo("매우 우려스럽다");
        assertThat(standard.byRelation()).containsEntry(Relation.CONTRADICTS, 1).containsEntry(Relation.CONSISTENT, 0);

        MeetingReport all =
                signedIn.as("reviewer", () -> reports.report(meeting, new ReportOptions(true, Set.of(), null)));
        assertThat(all.pairs()).extracting(ReportPair::status).containsExactly(PairStatus.APPROVED, PairStatus.DRAFT);
        assertThat(signedIn.as(
                                "reviewer",
                                () -> reports.report(meeting, new ReportOptions(true, Set.of(), "SANCTIONS")))
                        .pairs())
                .extracting(ReportPair::id)
                .containsExactly(draft.id());
        assertThat(signedIn.as("reviewer", () -> reports.report(meeting, new ReportOptions(true, Set.of("ROK"), null)))
                        .pairs())
                .isEmpty();
        assertThat(signedIn.as("reviewer", () -> reports.report(meeting, new ReportOptions(true, Set.of("DPRK"), null)))
                        .pairs())
                .hasSize(2);
        assertThat(signedIn.as("reviewer", () -> reports.topics(meeting))).containsExactly("sanctions", "talks");
    }

    @Test
    void the_pdf_carries_the_korean_quotes_in_an_embedded_font() throws IOException {
        byte[] pdf = write(ReportFormat.PDF, new ReportOptions(true, Set.of(), null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "매우 우려스럽다",
                            "일방적인 비핵화 요구",
                            "made real progress on nearly all of the central",
                            "Eden Editor",
                            "DRAFT");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            assertThat(document.getPage(0)
                            .getResources()
                            .getFont(document.getPage(0)
                                    .getResources()
                                    .getFontNames()
                                    .iterator()
                                    .next())
                            .getName())
                    .contains("Nanum");
        }
    }

    @Test
    void the_csv_has_one_row_per_pair_and_no_cell_a_spreadsheet_would_run_as_a_formula() throws IOException {
        String csv =
                new String(write(ReportFormat.CSV, new ReportOptions(true, Set.of(), null)), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("right_quote")).isEqualTo("매우 우려스럽다");
        assertThat(rows.get(0).get("editor")).isEqualTo("Eden Editor");
        assertThat(rows.get(0).get("evidence")).contains("https://example.org/kcna-2018-07-07");
        assertThat(rows.get(1).get("left_quote")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(1).get("rationale")).isEqualTo("'+1 for the demand, -1 for the tone");
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void the_json_follows_its_published_schema() throws IOException {
        JsonNode report = json.readTree(write(ReportFormat.JSON, new ReportOptions(true, Set.of(), null)));
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/parallax/report.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        }
        assertThat(schema.validate(report)).isEmpty();
        assertThat(report.at("/pairs/0/right/quote").asString()).isEqualTo("매우 우려스럽다");
        assertThat(report.at("/pairs/1/status").asString()).isEqualTo("draft");
        assertThat(report.at("/summary/byRelation/partly_contradicts").asInt()).isEqualTo(1);
        // The schema is not a formality: a report missing its pairs' relation is refused.
        ((ObjectNode) report.at("/pairs/0")).remove("relation");
        assertThat(schema.validate(report)).isNotEmpty();
    }

    @Test
    void claim_review_has_one_review_per_claim_of_an_approved_pair_with_the_required_fields() throws IOException {
        JsonNode graph = json.readTree(write(ReportFormat.CLAIM_REVIEW, new ReportOptions(true, Set.of(), null)))
                .get("@graph");
        assertThat(graph).hasSize(2);
        for (JsonNode review : graph) {
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("url").asString())
                    .startsWith("http")
                    .contains("/meetings/" + meeting + "/report#claim-");
            assertThat(review.get("claimReviewed").asString()).isNotBlank();
            assertThat(review.at("/reviewRating/alternateName").asString()).startsWith("Contradicted by the");
            assertThat(review.at("/itemReviewed/@type").asString()).isEqualTo("Claim");
            assertThat(review.at("/itemReviewed/author/name").asString()).isNotBlank();
            assertThat(review.at("/itemReviewed/appearance/url").asString()).startsWith("http");
            assertThat(review.at("/itemReviewed/datePublished").asString()).isEqualTo("2018-07-07");
            assertThat(review.at("/author/name").asString()).isEqualTo("Example Fact Desk");
            assertThat(review.at("/author/url").asString()).isEqualTo("https://desk.example.org");
            assertThat(review.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(review.get("citation")).hasSize(1);
        }
        JsonNode us = graph.get(0);
        assertThat(us.get("claimReviewed").asString())
                .isEqualTo("made real progress on nearly all of the central issues");
        assertThat(us.at("/reviewRating/alternateName").asString())
                .isEqualTo("Contradicted by the Democratic People's Republic of Korea account");
        assertThat(us.at("/citation/0/text").asString()).isEqualTo("매우 우려스럽다");
        assertThat(us.at("/citation/0/@id").asString())
                .isEqualTo(graph.get(1).get("url").asString());
    }

    @Test
    void claim_review_invents_no_date_and_no_appearance_where_the_source_gives_none() throws IOException {
        long undated = signedIn.as(
                        "reviewer",
                        () -> accounts.add(new NewAccount(
                                meeting,
                                new AccountMetadata(
                                        "ROK", "ROK account", null, null, null, null, "en", AccountKind.REPORT),
                                "Seoul welcomed the talks.")))
                .account()
                .id();
        long welcomed = data.claim("reviewer", undated, "welcomed the talks");
        long worrying = db.fetchSingle("select id from claim where quote = '매우 우려스럽다' and meeting_id = ?", meeting)
                .get(0, Long.class);
        ClaimPair linked = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(welcomed, worrying, Relation.CONTRADICTS, "Welcome vs worry", null)));
        ClaimPair submitted = signedIn.as("reviewer", () -> pairing.submit(linked.id(), linked.version()));
        signedIn.as("editor", () -> reviews.decide(submitted.id(), submitted.version(), Decision.APPROVE, null));

        JsonNode graph = json.readTree(write(ReportFormat.CLAIM_REVIEW, ReportOptions.approvedOnly()))
                .get("@graph");
        JsonNode rok = StreamSupport.stream(graph.spliterator(), false)
                .filter(r -> r.get("claimReviewed").asString().equals("welcomed the talks"))
                .findFirst()
                .orElseThrow();
        assertThat(rok.at("/itemReviewed/datePublished").isMissingNode())
                .as("no date made up from the meeting")
                .isTrue();
        assertThat(rok.at("/itemReviewed/appearance/url").isMissingNode())
                .as("no link to Parallax's own page")
                .isTrue();
        assertThat(rok.at("/itemReviewed/appearance/headline").asString()).isEqualTo("ROK account");
    }

    @Test
    void every_format_carries_the_omission_ledger_and_coverage_counts_only_the_pairs_included() throws IOException {
        long sanctions = data.claim("reviewer", usAccount, "is what we demand of no one");
        signedIn.run(
                "reviewer",
                () -> claims.setNoCounterpart(
                        sanctions,
                        claims.get(sanctions).version(),
                        true,
                        "The DPRK statement says nothing of demands on others"));

        for (ReportFormat format : ReportFormat.values()) {
            byte[] bytes = write(format, ReportOptions.approvedOnly());
            // PDF text breaks lines where the page does.
            String text = format == ReportFormat.PDF
                    ? pdfText(bytes).replaceAll("\\s+", " ")
                    : new String(bytes, StandardCharsets.UTF_8);
            assertThat(text)
                    .as(format + " has the omission")
                    .contains("is what we demand of no one")
                    .contains("The DPRK statement says nothing of demands on others");
        }
        JsonNode report = json.readTree(write(ReportFormat.JSON, ReportOptions.approvedOnly()));
        assertThat(report.at("/omissions/0/markedBy").asString()).isEqualTo("Riley Reviewer");
        String csv = new String(write(ReportFormat.CSV, ReportOptions.approvedOnly()), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("pair", "omission");
        JsonNode annotations = json.readTree(write(ReportFormat.ANNOTATIONS, ReportOptions.approvedOnly()));
        assertThat(annotations.at("/first/items")).anySatisfy(a -> {
            assertThat(a.get("motivation").asString()).isEqualTo("describing");
            assertThat(a.at("/body/0/purpose").asString()).isEqualTo("describing");
        });

        // US: 3 claims, 1 in the approved pair, 1 without counterpart; the draft's claim does not count.
        MeetingReport approvedOnly =
                signedIn.as("reviewer", () -> reports.report(meeting, ReportOptions.approvedOnly()));
        assertThat(approvedOnly.coverage())
                .filteredOn(c -> c.account().id() == usAccount)
                .singleElement()
                .satisfies(c -> assertThat(c.covered()).isEqualTo(2));
        assertThat(approvedOnly.coverage())
                .filteredOn(c -> c.account().id() == dprkAccount)
                .singleElement()
                .satisfies(c -> assertThat(c.percent()).isEqualTo(50));
        MeetingReport all =
                signedIn.as("reviewer", () -> reports.report(meeting, new ReportOptions(true, Set.of(), null)));
        assertThat(all.coverage())
                .filteredOn(c -> c.account().id() == dprkAccount)
                .singleElement()
                .satisfies(c -> assertThat(c.percent()).isEqualTo(100));
        assertThat(approvedOnly.coverageBasis()).contains("approved pairs");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void web_annotation_selectors_find_their_quotes_in_the_accounts_texts() throws IOException {
        JsonNode collection = json.readTree(write(ReportFormat.ANNOTATIONS, new ReportOptions(true, Set.of(), null)));
        assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
        JsonNode items = collection.at("/first/items");
        assertThat(items).hasSize(4);
        for (JsonNode annotation : items) {
            String source = annotation.at("/target/source").asString();
            String text = source.endsWith("/accounts/" + usAccount) ? US_TEXT : DPRK_TEXT;
            JsonNode quote = annotation.at("/target/selector/0");
            JsonNode position = annotation.at("/target/selector/1");
            assertThat(quote.get("type").asString()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
            // Web Annotation positions count code points: 𝐀 before the US claims is one, not two.
            int[] points = text.codePoints().toArray();
            int start = position.get("start").asInt();
            int end = position.get("end").asInt();
            String exact = new String(points, start, end - start);
            assertThat(exact).isEqualTo(quote.get("exact").asString());
            String before = new String(points, 0, start);
            assertThat(before).endsWith(quote.get("prefix").asString());
            assertThat(new String(points, end, points.length - end))
                    .startsWith(quote.get("suffix").asString());
        }
    }

    @Test
    void the_html_is_well_formed_and_the_markdown_quotes_both_sides() throws Exception {
        String html = new String(write(ReportFormat.HTML, ReportOptions.approvedOnly()), StandardCharsets.UTF_8);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg")
                        .getLength())
                .isEqualTo(2);
        assertThat(html)
                .contains("lang=\"ko\"", "매우 우려스럽다", "Approved pairs only")
                .doesNotContain("HYPERLINK");

        String markdown =
                new String(write(ReportFormat.MARKDOWN, ReportOptions.approvedOnly()), StandardCharsets.UTF_8);
        assertThat(markdown)
                .contains(
                        "> made real progress on nearly all of the central issues",
                        "> 매우 우려스럽다",
                        "[KCNA statement, 7 July 2018](<https://example.org/kcna-2018-07-07>)",
                        "approved by Eden Editor");
    }

    @Test
    void a_topic_is_followed_across_meetings_oldest_first_with_the_pairs_between_its_claims() throws Exception {
        long singapore = signedIn.as(
                        "reviewer",
                        () -> meetings.create(new NewMeeting(
                                "Singapore summit " + System.nanoTime(),
                                LocalDate.of(2018, 6, 12),
                                null,
                                "Singapore",
                                null)))
                .id();
        long earlier = signedIn.as(
                        "reviewer",
                        () -> accounts.add(new NewAccount(
                                singapore,
                                new AccountMetadata(
                                        "US",
                                        "Joint statement",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "en",
                                        AccountKind.OFFICIAL_STATEMENT),
                                "The two leaders held talks that were honest and productive.")))
                .account()
                .id();
        String quote = "talks that were honest and productive";
        int at = "The two leaders held talks that were honest and productive.".indexOf(quote);
        signedIn.as(
                "reviewer",
                () -> claims.mark(
                        new NewClaim(earlier, at, at + quote.length(), quote, null, "Talks", ClaimKind.FACT)));

        TopicTimeline talks =
                signedIn.as("reviewer", () -> reports.timeline("talks", Set.of(singapore, meeting), false));
        assertThat(talks.meetings()).extracting(TopicTimeline.Meeting::id).containsExactly(singapore, meeting);
        assertThat(talks.meetings().get(1).claims())
                .extracting(TopicTimeline.Claim::quote)
                .containsExactly("매우 우려스럽다", "made real progress on nearly all of the central issues");
        assertThat(talks.meetings().get(1).pairs())
                .extracting(TopicTimeline.Pair::id)
                .containsExactly(approved.id());
        assertThat(talks.parties()).containsExactly("DPRK", "US");

        // The draft's topic counts only when every pair is asked for.
        assertThat(signedIn.as("reviewer", () -> reports.timeline("sanctions", Set.of(meeting), false))
                        .meetings())
                .isEmpty();
        TopicTimeline sanctions = signedIn.as("reviewer", () -> reports.timeline("sanctions", Set.of(meeting), true));
        assertThat(sanctions.meetings())
                .singleElement()
                .satisfies(m -> assertThat(m.pairs())
                        .extracting(TopicTimeline.Pair::status)
                        .containsExactly(PairStatus.DRAFT));

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        signedIn.as("reviewer", () -> timeline(talks, ReportFormat.HTML, html));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var page = html.toString(StandardCharsets.UTF_8);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(page.replace("<!DOCTYPE html>", ""))));
        assertThat(page.indexOf("Singapore summit")).isLessThan(page.indexOf("Report test talks"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        signedIn.as("reviewer", () -> timeline(talks, ReportFormat.PDF, pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("honest and productive", "매우 우려스럽다");
        }
    }

    @Test
    void visitors_get_no_report() {
        assertThatThrownBy(() -> signedIn.asVisitor(() -> reports.report(meeting, ReportOptions.approvedOnly())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Void timeline(TopicTimeline timeline, ReportFormat format, ByteArrayOutputStream out) {
        try {
            reports.writeTimeline(timeline, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private byte[] write(ReportFormat format, ReportOptions options) {
        return signedIn.as("reviewer", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                reports.write(meeting, options, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private long account(String party, String language, String text) {
        return signedIn.as(
                        "reviewer",
                        () -> accounts.add(new NewAccount(
                                meeting,
                                new AccountMetadata(
                                        party,
                                        party + " account",
                                        party.equals("US") ? "US Secretary of State" : null,
                                        "Publisher " + party,
                                        "https://example.org/" + party.toLowerCase(),
                                        LocalDate.of(2018, 7, 7),
                                        language,
                                        AccountKind.OFFICIAL_STATEMENT),
                                text)))
                .account()
                .id();
    }
}

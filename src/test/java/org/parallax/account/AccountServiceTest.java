package org.parallax.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.base.FieldRefusal;
import org.parallax.claim.AnchorStatus;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.db.Tables;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@DatabaseTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingService meetings;

    @Autowired
    ClaimService claims;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    DSLContext db;

    long meetingId;

    @BeforeEach
    void meeting() {
        meetingId = signedIn.as(
                        "reviewer",
                        () -> meetings.create(new NewMeeting(
                                "Account test talks",
                                LocalDate.of(2019, 2, 27),
                                LocalDate.of(2019, 2, 28),
                                "Hanoi",
                                null)))
                .id();
    }

    static AccountMetadata us(String title) {
        return new AccountMetadata(
                "US",
                title,
                "Secretary of State",
                "State Department",
                "https://example.org/remarks",
                LocalDate.of(2019, 2, 28),
                "",
                AccountKind.OFFICIAL_STATEMENT);
    }

    @Test
    void the_same_text_twice_in_one_meeting_is_refused_and_names_the_first_account() {
        long meeting = data.meeting("reviewer", "Duplicate talks");
        long first = data.account("reviewer", meeting, "US", "The talks were productive.");
        assertThatThrownBy(() -> data.account("editor", meeting, "DPRK", "The talks were productive."))
                .isInstanceOfSatisfying(
                        DuplicateAccount.class, d -> assertThat(d.existingId()).isEqualTo(first))
                .hasMessageContaining("already has an account with exactly this text: “US account”");
        assertThat(signedIn.as("reviewer", () -> accounts.ofMeeting(meeting))).hasSize(1);
        // Another text, or the same text in another meeting, is a new account.
        data.account("reviewer", meeting, "DPRK", "The talks were productive, mostly.");
        data.account("reviewer", data.meeting("reviewer", "Other talks"), "US", "The talks were productive.");
    }

    @Test
    void texts_within_the_limits_save_and_fields_over_their_limits_are_refused_by_name() {
        // 400,000 characters of distinct Korean two-syllable words: more than PostgreSQL's 1 MB of tsvector.
        StringBuilder korean = new StringBuilder();
        for (int i = 0; korean.length() < 400_000; i++) {
            korean.append((char) (0xAC00 + i % 11_172))
                    .append((char) (0xAC00 + (i / 11_172 * 7 + i) % 11_172))
                    .append(i % 12 == 11 ? ". " : " ");
        }
        var saved = signedIn.as(
                "reviewer",
                () -> accounts.add(new NewAccount(
                        meetingId,
                        new AccountMetadata("DPRK", "Long statement", null, null, null, null, "ko", AccountKind.REPORT),
                        korean.toString())));
        assertThat(saved.account().textLength()).isGreaterThanOrEqualTo(399_000);

        assertThatThrownBy(() -> signedIn.as(
                        "reviewer", () -> accounts.add(new NewAccount(meetingId, us("t".repeat(2_000_000)), "Text."))))
                .hasMessage("The title is too long: at most 500 characters.");
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> meetings.create(
                                new NewMeeting("x".repeat(20_000_000), LocalDate.of(2019, 2, 27), null, null, null))))
                .hasMessage("The title is too long: at most 500 characters.");
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> meetings.create(
                                new NewMeeting("Null \u0000 byte", LocalDate.of(2019, 2, 27), null, null, null))))
                .hasMessageContaining("U+0000");
    }

    @Test
    void imports_each_format_as_a_cleaned_account_with_detected_language() {
        for (var file : List.of(
                new Object[] {"remarks.txt", Fixtures.txt()},
                new Object[] {"remarks.md", Fixtures.markdown()},
                new Object[] {"remarks.html", Fixtures.html()},
                new Object[] {"remarks.docx", Fixtures.docx()},
                new Object[] {"remarks.pdf", Fixtures.pdf()})) {
            String name = (String) file[0];
            // Each in a meeting of its own: the five files hold the same text, which a meeting takes once.
            long meeting = data.meeting("reviewer", "Formats " + name);
            ImportResult result = signedIn.as(
                    "reviewer",
                    () -> accounts.importFile(meeting, us(""), name, (byte[]) file[1], ImportProgress.NONE));
            assertThat(result.account().title()).as(name).isEqualTo("remarks");
            assertThat(result.language()).as(name).isEqualTo("en");
            assertThat(result.languageDetected()).isTrue();
            assertThat(result.sentenceCount()).as(name).isGreaterThanOrEqualTo(2);
            String text =
                    signedIn.as("reviewer", () -> accounts.text(result.account().id()));
            assertThat(text).as(name).contains(Fixtures.US_PARAGRAPH_1).contains(Fixtures.US_PARAGRAPH_2);
        }
        signedIn.run(
                "reviewer",
                () -> accounts.importFile(meetingId, us(""), "remarks.txt", Fixtures.txt(), ImportProgress.NONE));
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> accounts.importFile(
                                meetingId, us(""), "remarks-again.txt", Fixtures.txt(), ImportProgress.NONE)))
                .as("the same file imported again")
                .isInstanceOf(DuplicateAccount.class);
    }

    @Test
    void detects_korean_and_reports_removed_invisible_characters() {
        ImportResult result = signedIn.as(
                "reviewer",
                () -> accounts.add(new NewAccount(
                        meetingId,
                        new AccountMetadata(
                                "DPRK", "담화", null, "KCNA", null, null, null, AccountKind.OFFICIAL_STATEMENT),
                        "미국측의\u200B 태도는 유감스럽다.")));
        assertThat(result.language()).isEqualTo("ko");
        assertThat(result.removedCharacters()).isEqualTo("1 × ZERO WIDTH SPACE");
        assertThat(signedIn.as("reviewer", () -> accounts.text(result.account().id())))
                .isEqualTo("미국측의 태도는 유감스럽다.");
    }

    @Test
    void reports_progress_while_importing() {
        List<String> stages = new ArrayList<>();
        signedIn.as(
                "reviewer",
                () -> accounts.importFile(
                        meetingId,
                        us("With progress"),
                        "remarks.txt",
                        Fixtures.txt(),
                        (fraction, stage) -> stages.add(Math.round(fraction * 100) + "% " + stage)));
        assertThat(stages).first().asString().startsWith("5% Reading");
        assertThat(stages).last().isEqualTo("100% Done");
    }

    @Test
    void a_refused_import_leaves_no_trace() {
        int accountsBefore = db.fetchCount(Tables.ACCOUNT);
        int revisionsBefore = db.fetchCount(Tables.ACCOUNT_REVISION);
        int auditBefore = db.fetchCount(Tables.AUDIT_EVENT);
        for (var bad : List.of(
                new Object[] {"empty.txt", new byte[0]},
                new Object[] {"renamed.txt", Fixtures.pdf()},
                new Object[] {"noise.txt", Fixtures.undecodable()},
                new Object[] {"scan.pdf", Fixtures.pdfWithoutText()},
                new Object[] {"bomb.docx", Fixtures.docxZipBomb()},
                new Object[] {"slides.pptx", new byte[] {1}},
                new Object[] {"blank.txt", " \n\u200B\n ".getBytes(StandardCharsets.UTF_8)})) {
            assertThatThrownBy(() -> signedIn.as(
                            "reviewer",
                            () -> accounts.importFile(
                                    meetingId, us("Bad"), (String) bad[0], (byte[]) bad[1], ImportProgress.NONE)))
                    .as((String) bad[0])
                    .isInstanceOf(ImportRejected.class);
        }
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> accounts.add(new NewAccount(
                                meetingId,
                                new AccountMetadata(null, "No party", null, null, null, null, "en", AccountKind.REPORT),
                                "Some text."))))
                .hasMessageContaining("Choose the party");
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer",
                        () -> accounts.add(new NewAccount(
                                meetingId,
                                new AccountMetadata(
                                        "US",
                                        "Bad link",
                                        null,
                                        null,
                                        "javascript:alert(1)",
                                        null,
                                        "en",
                                        AccountKind.REPORT),
                                "Some text."))))
                .hasMessageContaining("must start with http");
        // The one good import among them, so the counts below can tell a rollback from nothing happening.
        signedIn.as(
                "reviewer",
                () -> accounts.importFile(meetingId, us("Good"), "good.txt", Fixtures.txt(), ImportProgress.NONE));
        assertThat(db.fetchCount(Tables.ACCOUNT)).isEqualTo(accountsBefore + 1);
        assertThat(db.fetchCount(Tables.ACCOUNT_REVISION)).isEqualTo(revisionsBefore + 1);
        assertThat(db.fetchCount(Tables.AUDIT_EVENT)).isEqualTo(auditBefore + 1);
    }

    @Test
    void text_over_the_character_limit_is_refused() {
        String tooLong = "word ".repeat(200_001);
        assertThatThrownBy(() ->
                        signedIn.as("reviewer", () -> accounts.add(new NewAccount(meetingId, us("Long"), tooLong))))
                .isInstanceOf(ImportRejected.class)
                .hasMessage("The pasted text has 1,000,004 characters; the limit is 1,000,000.");
    }

    @Test
    void a_source_document_yields_excerpts_of_different_parties() {
        String article = "Commentary. The Secretary of State said progress was made on almost all issues. "
                + "The Foreign Ministry said the US attitude was regrettable.";
        SourceDocumentSummary source = signedIn.as(
                "reviewer",
                () -> accounts.importSource(
                        meetingId, "Commentary", "commentary.txt", article.getBytes(StandardCharsets.UTF_8)));
        int usStart = article.indexOf("The Secretary");
        int usEnd = article.indexOf("issues.") + "issues.".length();
        int dprkStart = article.indexOf("The Foreign");
        ImportResult usPart =
                signedIn.as("reviewer", () -> accounts.excerpt(source.id(), usStart, usEnd, us("US part")));
        ImportResult dprkPart = signedIn.as(
                "reviewer",
                () -> accounts.excerpt(
                        source.id(),
                        dprkStart,
                        article.length(),
                        new AccountMetadata("DPRK", "DPRK part", null, null, null, null, "en", AccountKind.REPORT)));
        assertThat(signedIn.as("reviewer", () -> accounts.text(usPart.account().id())))
                .isEqualTo("The Secretary of State said progress was made on almost all issues.");
        assertThat(dprkPart.account().sourceDocumentId()).isEqualTo(source.id());
        assertThat(signedIn.as("reviewer", () -> accounts.sourcesOf(meetingId))
                        .getFirst()
                        .excerptCount())
                .isEqualTo(2);
        assertThatThrownBy(() -> signedIn.as(
                        "reviewer", () -> accounts.excerpt(source.id(), 10, article.length() + 5, us("Bad"))))
                .hasMessageContaining("not inside the document");
        // The source page shades what was cut out of it, in the order it stands there.
        assertThat(signedIn.as("reviewer", () -> accounts.excerptsOf(source.id())))
                .containsExactly(
                        new SourceExcerpt(usPart.account().id(), "US part", "US", usStart, usEnd),
                        new SourceExcerpt(dprkPart.account().id(), "DPRK part", "DPRK", dprkStart, article.length()));
    }

    @Test
    void a_source_document_can_be_pasted_and_needs_a_title_then() {
        String article = "The Secretary of State said progress was made. The Foreign Ministry disagreed.";
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> accounts.importSourceText(meetingId, " ", article)))
                .isInstanceOf(FieldRefusal.class)
                .hasMessage("A pasted source document needs a title.");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> accounts.importSourceText(meetingId, "Wire", "  ")))
                .isInstanceOf(FieldRefusal.class)
                .hasMessage("The pasted text is empty.");
        SourceDocumentSummary source =
                signedIn.as("reviewer", () -> accounts.importSourceText(meetingId, "Wire report", article));
        assertThat(signedIn.as("reviewer", () -> accounts.source(source.id())).text())
                .isEqualTo(article);
        assertThat(signedIn.as("reviewer", () -> accounts.excerptsOf(source.id())))
                .isEmpty();
    }

    @Test
    void a_correction_makes_a_new_revision_and_reanchors_claims_or_flags_them() {
        String original =
                "We made progress on almost all issues. Sanctions stay until denuclearization. We will meet again.";
        AccountSummary account = signedIn.as(
                        "reviewer", () -> accounts.add(new NewAccount(meetingId, us("Readout"), original)))
                .account();
        long progressClaim = mark(account.id(), original, "progress on almost all issues");
        long sanctionsClaim = mark(account.id(), original, "Sanctions stay until denuclearization");

        String corrected =
                "Introduction added. We made progress on almost all issues. Sanctions remain until denuclearization. We will meet again.";
        CorrectionResult result =
                signedIn.as("reviewer", () -> accounts.correctText(account.id(), account.version(), corrected, "typo"));

        assertThat(result.account().revisionNo()).isEqualTo(2);
        assertThat(result.reanchored()).hasSize(1);
        assertThat(result.needAttention()).extracting(c -> c.claim().id()).containsExactly(sanctionsClaim);
        var moved = signedIn.as("reviewer", () -> claims.get(progressClaim));
        assertThat(corrected.substring(moved.start(), moved.end())).isEqualTo("progress on almost all issues");
        assertThat(moved.anchorStatus()).isEqualTo(AnchorStatus.ANCHORED);
        var flagged = signedIn.as("reviewer", () -> claims.get(sanctionsClaim));
        assertThat(flagged.anchorStatus()).isEqualTo(AnchorStatus.NEEDS_ATTENTION);
        assertThat(original.substring(flagged.start(), flagged.end()))
                .isEqualTo("Sanctions stay until denuclearization");
        assertThat(signedIn.as("reviewer", () -> accounts.text(account.id()))).isEqualTo(corrected);
        assertThat(db.fetchSingle(
                                "select text from account_revision where account_id = ? and revision_no = 1",
                                account.id())
                        .get(0, String.class))
                .isEqualTo(original);
    }

    @Test
    void a_repeated_quote_is_reanchored_only_where_its_context_matches_exactly() {
        String original = "Talks ended. The sides agreed. Later talks ended. The sides agreed again.";
        AccountSummary account = signedIn.as(
                        "reviewer", () -> accounts.add(new NewAccount(meetingId, us("Repeats"), original)))
                .account();
        int second = original.indexOf("The sides agreed", original.indexOf("The sides agreed") + 1);
        long claimId = signedIn.as(
                        "reviewer",
                        () -> claims.mark(new NewClaim(
                                account.id(), second, second + 16, "The sides agreed", null, null, ClaimKind.FACT)))
                .id();
        String corrected = "Talks ended. The sides agreed. Later, talks ended. The sides agreed again.";
        CorrectionResult result =
                signedIn.as("reviewer", () -> accounts.correctText(account.id(), account.version(), corrected, null));
        // The prefix changed ("Later talks" became "Later, talks"), so neither occurrence matches exactly.
        assertThat(result.needAttention()).extracting(c -> c.claim().id()).containsExactly(claimId);
    }

    @Test
    void a_stale_correction_is_refused_and_overwrites_nothing() {
        AccountSummary account = signedIn.as(
                        "reviewer", () -> accounts.add(new NewAccount(meetingId, us("Contested"), "First text.")))
                .account();
        signedIn.as("reviewer", () -> accounts.correctText(account.id(), account.version(), "Second text.", null));
        assertThatThrownBy(() -> signedIn.as(
                        "editor", () -> accounts.correctText(account.id(), account.version(), "Third text.", null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(signedIn.as("reviewer", () -> accounts.text(account.id()))).isEqualTo("Second text.");
    }

    @Test
    void coverage_counts_paired_and_no_counterpart_claims() {
        var demo = signedIn.as(
                "reviewer",
                () -> accounts.ofMeeting(meetings.find(MeetingFilter.text("First DPRK"), 0, 1)
                        .getFirst()
                        .id()));
        // Three pairs: a draft, a submitted and an approved one.
        assertThat(demo)
                .extracting(
                        AccountSummary::partyCode,
                        AccountSummary::claimCount,
                        AccountSummary::coveredClaimCount,
                        AccountSummary::pairCount)
                .containsExactly(tuple("US", 3, 3, 3), tuple("DPRK", 3, 3, 3));
    }

    private long mark(long accountId, String text, String quote) {
        int start = text.indexOf(quote);
        return signedIn.as(
                        "reviewer",
                        () -> claims.mark(new NewClaim(
                                accountId, start, start + quote.length(), quote, null, null, ClaimKind.FACT)))
                .id();
    }
}

package org.parallax.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.CorrectionResult;
import org.parallax.account.ImportLimits;
import org.parallax.account.ImportProgress;
import org.parallax.account.ImportResult;
import org.parallax.account.Sentence;
import org.parallax.account.SourceDocument;
import org.parallax.account.SourceDocumentSummary;
import org.parallax.meeting.MeetingService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts as the meeting page handles them: read one with its text and sentences, import one from a
 * file, import a source document and excerpt accounts from it, correct an account's text. Files are sent
 * as the request body (as {@code curl --data-binary @statement.pdf}), their name and the account's
 * source in the query.
 */
@RestController
class AccountsApi {

    private final MeetingService meetings;
    private final AccountService accounts;

    AccountsApi(MeetingService meetings, AccountService accounts) {
        this.meetings = meetings;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/accounts/{id}")
    ResponseEntity<AccountSummary> get(@PathVariable long id) {
        AccountSummary account = accounts.get(id);
        return Versions.tagged(account, account.version());
    }

    /** The current text, in which claims' offsets count UTF-16 code units. */
    @GetMapping(value = "/api/v1/accounts/{id}/text", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> text(@PathVariable long id) {
        AccountSummary account = accounts.get(id);
        return Versions.tagged(accounts.text(id), account.version());
    }

    @GetMapping("/api/v1/accounts/{id}/sentences")
    List<Sentence> sentences(@PathVariable long id) {
        accounts.get(id);
        return accounts.sentences(id);
    }

    /**
     * Replaces the text with a corrected one, on the version read (If-Match): claims move with the text
     * where they are found exactly, the others are answered in {@code needAttention}.
     */
    @PostMapping("/api/v1/accounts/{id}/corrections")
    ResponseEntity<CorrectionResult> correct(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.CorrectionRequest request) {
        int version = Versions.required(ifMatch, accounts.get(id).version());
        CorrectionResult result = accounts.correctText(id, version, request.text(), request.note());
        return Versions.tagged(result, result.account().version());
    }

    /** An account from a .txt, .md, .html, .docx or .pdf file sent as the body; {@code filename} names its type. */
    @PostMapping(value = "/api/v1/meetings/{id}/account-files", consumes = MediaType.ALL_VALUE)
    ResponseEntity<ImportResult> importFile(
            @PathVariable long id,
            @RequestParam String filename,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) LocalDate publishedOn,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String kind,
            HttpServletRequest request)
            throws IOException {
        meetings.get(id);
        byte[] bytes = body(request);
        ImportResult result = accounts.importFile(
                id,
                metadata(party, title, speaker, publisher, sourceUrl, publishedOn, language, kind),
                filename,
                bytes,
                ImportProgress.NONE);
        return ResponseEntity.created(
                        URI.create("/api/v1/accounts/" + result.account().id()))
                .body(result);
    }

    @GetMapping("/api/v1/meetings/{id}/sources")
    List<SourceDocumentSummary> sources(@PathVariable long id) {
        meetings.get(id);
        return accounts.sourcesOf(id);
    }

    /** A whole document (an article quoting several sides) to excerpt accounts from, sent as the body. */
    @PostMapping(value = "/api/v1/meetings/{id}/sources", consumes = MediaType.ALL_VALUE)
    ResponseEntity<SourceDocumentSummary> importSource(
            @PathVariable long id,
            @RequestParam String filename,
            @RequestParam(required = false) String title,
            HttpServletRequest request)
            throws IOException {
        meetings.get(id);
        SourceDocumentSummary created = accounts.importSource(id, title, filename, body(request));
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/sources/{id}")
    SourceDocument source(@PathVariable long id) {
        return accounts.source(id);
    }

    /** Makes a passage of the source document an account of the party named. */
    @PostMapping("/api/v1/sources/{id}/excerpts")
    ResponseEntity<ImportResult> excerpt(@PathVariable long id, @RequestBody ApiRequests.ExcerptRequest request) {
        if (request.start() == null || request.end() == null) {
            throw new IllegalArgumentException("Send start and end: the passage's UTF-16 offsets in the document.");
        }
        ImportResult result = accounts.excerpt(
                id,
                request.start(),
                request.end(),
                metadata(
                        request.party(),
                        request.title(),
                        request.speaker(),
                        request.publisher(),
                        request.sourceUrl(),
                        request.publishedOn(),
                        request.language(),
                        request.kind()));
        return ResponseEntity.created(
                        URI.create("/api/v1/accounts/" + result.account().id()))
                .body(result);
    }

    /** The largest file and the most characters an import takes. */
    @GetMapping("/api/v1/import-limits")
    ImportLimits limits() {
        return accounts.limits();
    }

    /** An account's source as sent; a blank language is detected from the text. */
    static AccountMetadata metadata(
            String party,
            String title,
            String speaker,
            String publisher,
            String sourceUrl,
            LocalDate publishedOn,
            String language,
            String kind) {
        return new AccountMetadata(
                party,
                title,
                speaker,
                publisher,
                sourceUrl,
                publishedOn,
                language == null || language.isBlank() ? null : language,
                kind == null ? AccountKind.OFFICIAL_STATEMENT : Choices.of(AccountKind.class, "kind", kind));
    }

    /** The body, read no further than the import limit (one byte more tells that it is over). */
    private byte[] body(HttpServletRequest request) throws IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            throw new IllegalArgumentException("Send the file itself as the body, with Content-Type "
                    + "application/octet-stream (or the file's own type), not as a form.");
        }
        long max = accounts.limits().maxFileBytes();
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length == 0) {
                throw new IllegalArgumentException("Send the file as the request body.");
            }
            return bytes;
        }
    }
}

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
import org.parallax.claim.ClaimRemoval;
import org.parallax.claim.ClaimService;
import org.parallax.claim.FlaggedClaim;
import org.parallax.meeting.MeetingService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
    private final ClaimService claims;

    AccountsApi(MeetingService meetings, AccountService accounts, ClaimService claims) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.claims = claims;
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
     * Changes an account's details (title, party, speaker, publisher, source URL, publication date,
     * language, kind); what is left out stays. The party changes only while nothing of it is paired; the
     * text changes by a new revision. Its importer or an editor, on the version read (If-Match).
     */
    @PatchMapping("/api/v1/accounts/{id}")
    ResponseEntity<AccountSummary> edit(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.AccountRequest request) {
        AccountSummary before = accounts.get(id);
        int version = Versions.required(ifMatch, before.version());
        if (request.text() != null) {
            throw new IllegalArgumentException(
                    "The text changes by a new revision: POST /api/v1/accounts/" + id + "/revisions.");
        }
        AccountSummary after = accounts.updateMetadata(
                id,
                version,
                new AccountMetadata(
                        request.party() != null ? request.party() : before.partyCode(),
                        request.title() != null ? request.title() : before.title(),
                        request.speaker() != null ? request.speaker() : before.speaker(),
                        request.publisher() != null ? request.publisher() : before.publisher(),
                        request.sourceUrl() != null ? request.sourceUrl() : before.sourceUrl(),
                        request.publishedOn() != null ? request.publishedOn() : before.publishedOn(),
                        request.language() != null ? request.language() : before.language(),
                        request.kind() != null
                                ? Choices.of(AccountKind.class, "kind", request.kind())
                                : before.kind()));
        return Versions.tagged(after, after.version());
    }

    /** What deleting the account would take with it (claims, pairs), and why it cannot go, if so. */
    @GetMapping("/api/v1/accounts/{id}/removal")
    ClaimRemoval removal(@PathVariable long id) {
        return accounts.removalOf(id);
    }

    /** Deletes an account with its claims and their pairs (none submitted or approved), If-Match. */
    @DeleteMapping("/api/v1/accounts/{id}")
    ClaimRemoval delete(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accounts.delete(id, Versions.required(ifMatch, accounts.get(id).version()));
    }

    /**
     * A corrected text as the account's new revision, on the version read (If-Match): answers the claims
     * moved with the text ({@code reanchored}) and those that need a person ({@code needAttention}), each
     * with its candidate places, to accept with {@code POST /api/v1/claims/{id}/reanchor}.
     */
    @PostMapping("/api/v1/accounts/{id}/revisions")
    ResponseEntity<CorrectionResult> revise(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.CorrectionRequest request) {
        return correct(id, ifMatch, request);
    }

    /** The claims of the account that lost their place after a correction, with their candidates. */
    @GetMapping("/api/v1/accounts/{id}/flagged-claims")
    List<FlaggedClaim> flagged(@PathVariable long id) {
        accounts.get(id);
        return claims.flaggedOfAccount(id);
    }

    /**
     * Replaces the text with a corrected one, on the version read (If-Match): claims move with the text
     * where they are found exactly, the others are answered in {@code needAttention}. The same as
     * {@code POST /revisions}, kept for scripts written before it.
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

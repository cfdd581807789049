package org.parallax.account;

import java.util.List;
import java.util.Locale;
import org.parallax.audit.AuditService;
import org.parallax.base.FieldRefusal;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.parallax.base.StaleData;
import org.parallax.base.Texts;
import org.parallax.claim.ClaimRemoval;
import org.parallax.claim.ClaimService;
import org.parallax.claim.ReanchorResult;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of a meeting and the documents they come from. Text is cleaned once on the way in
 * ({@link TextCleaner}) and never edited in place: a correction is a new revision. Each import is one
 * transaction, so a refused or failed import leaves nothing behind.
 */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ImportLimits limits;

    AccountService(
            AccountRepository accounts,
            ClaimService claims,
            CurrentUser currentUser,
            AuditService audit,
            ImportLimits limits) {
        this.accounts = accounts;
        this.claims = claims;
        this.currentUser = currentUser;
        this.audit = audit;
        this.limits = limits;
    }

    /** Adds an account from pasted text; the text becomes revision 1. */
    public ImportResult add(NewAccount account) {
        return create(
                account.meetingId(), account.metadata(), account.text(), "the pasted text", null, ImportProgress.NONE);
    }

    /** Adds an account from an uploaded .txt, .md, .html, .docx or .pdf file. */
    public ImportResult importFile(
            long meetingId, AccountMetadata metadata, String filename, byte[] bytes, ImportProgress progress) {
        progress.report(0.05, "Reading " + filename);
        String raw = TextExtractor.extract(filename, bytes, limits);
        AccountMetadata named = metadata.title() == null || metadata.title().isBlank()
                ? metadata.withTitle(titleFrom(filename))
                : metadata;
        return create(meetingId, named, raw, "“" + filename + "”", null, progress);
    }

    /**
     * Reads an uploaded file's text without saving anything: the account is added when the person has
     * checked the text and completed the form (a file dropped mid-form must not save a half-filled one).
     */
    public ExtractedFile extract(String filename, byte[] bytes) {
        return new ExtractedFile(titleFrom(filename), TextExtractor.extract(filename, bytes, limits));
    }

    /**
     * Imports a whole document (an article quoting several sides, say) to make accounts from its
     * passages with {@link #excerpt}.
     */
    public SourceDocumentSummary importSource(long meetingId, String title, String filename, byte[] bytes) {
        requireMeeting(meetingId);
        String raw = TextExtractor.extract(filename, bytes, limits);
        CleanText clean = cleanAndCheck(raw, "“" + filename + "”");
        String name = title == null || title.isBlank()
                ? titleFrom(filename)
                : Limits.checked(title, Limits.TITLE, "The title");
        long id = accounts.insertSource(
                meetingId,
                name,
                filename,
                TextExtractor.mediaType(filename),
                clean.text(),
                currentUser.require().id());
        SourceDocumentSummary created = accounts.sourceSummary(id).orElseThrow();
        audit.record("import_source", "source_document", id, meetingId, null, created);
        return created;
    }

    /** A source document pasted as text (a transcript copied from a web page, say), under the given title. */
    public SourceDocumentSummary importSourceText(long meetingId, String title, String text) {
        requireMeeting(meetingId);
        String name = FieldRefusal.at("title", () -> Limits.checked(title, Limits.TITLE, "The title"));
        if (name == null) {
            throw new FieldRefusal("title", "A pasted source document needs a title.");
        }
        CleanText clean = cleanAndCheck(text, "the pasted text");
        long id = accounts.insertSource(
                meetingId,
                name,
                null,
                "text/plain",
                clean.text(),
                currentUser.require().id());
        SourceDocumentSummary created = accounts.sourceSummary(id).orElseThrow();
        audit.record("import_source", "source_document", id, meetingId, null, created);
        return created;
    }

    /** The passages of a source document already made accounts, in the order they stand in it. */
    @Transactional(readOnly = true)
    public List<SourceExcerpt> excerptsOf(long sourceDocumentId) {
        source(sourceDocumentId);
        return accounts.excerptsOf(sourceDocumentId);
    }

    /** Makes the passage {@code start}–{@code end} (UTF-16 offsets) of a source document an account. */
    public ImportResult excerpt(long sourceDocumentId, int start, int end, AccountMetadata metadata) {
        SourceDocument source = source(sourceDocumentId);
        String text = source.text();
        Texts.checkSpan(text, start, end, "document");
        return create(
                source.meetingId(),
                metadata,
                text.substring(start, end),
                "the selected passage",
                new Excerpt(source.id(), text.length(), start, end),
                ImportProgress.NONE);
    }

    /**
     * Replaces the account's text with a corrected one as a new revision. Claims move with the text
     * where their quote and context find them exactly; the others are listed for a person.
     */
    public CorrectionResult correctText(long accountId, int version, String correctedText, String note) {
        AccountSummary before = get(accountId);
        var current =
                accounts.currentRevision(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        CleanText clean = cleanAndCheck(correctedText, "the corrected text");
        if (clean.text().equals(current.text())) {
            throw new IllegalArgumentException("The corrected text is the same as the current one; nothing to save.");
        }
        if (!accounts.bumpVersion(accountId, version)) {
            throw StaleData.of("The account “" + before.title() + "”");
        }
        long revisionId = accounts.insertRevision(
                accountId,
                current.revisionNo() + 1,
                clean.text(),
                currentUser.require().id(),
                Limits.checked(note, Limits.NOTE, "The note on the correction"));
        ReanchorResult moved = claims.reanchor(accountId, revisionId, clean.text());
        AccountSummary after = get(accountId);
        audit.record("correct_text", "account", accountId, after.meetingId(), before, after);
        return new CorrectionResult(after, moved.reanchored(), moved.needAttention());
    }

    /**
     * Changes what is known of an account besides its text; its importer or an editor may, on the version
     * read. The party changes only while nothing of the account is paired, since a pair joins two parties.
     */
    public AccountSummary updateMetadata(long accountId, int version, AccountMetadata metadata) {
        AccountSummary before = get(accountId);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "AccountService.updateMetadata",
                "Only the reviewer who imported this account or an editor may change it.");
        boolean detect = metadata.language() == null || metadata.language().isBlank();
        AccountMetadata checked =
                validate(detect ? metadata.withLanguage(LanguageGuesser.guess(text(accountId))) : metadata);
        long partyId = accounts.partyId(checked.partyCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown party: " + checked.partyCode()));
        if (!checked.partyCode().equals(before.partyCode()) && accounts.pairedAnywhere(accountId)) {
            throw new IllegalArgumentException("The party cannot change: claims of this account are paired, and a "
                    + "pair joins the claims of two parties. Delete those pairs first, or import the text anew.");
        }
        if (!accounts.updateMetadata(accountId, version, checked, partyId)) {
            throw StaleData.of("The account “" + before.title() + "”");
        }
        AccountSummary after = get(accountId);
        audit.record("edit", "account", accountId, after.meetingId(), before, after);
        return after;
    }

    /** Whether the signed-in person may change or delete the account: its importer or an editor. */
    @Transactional(readOnly = true)
    public boolean mayChange(AccountSummary account) {
        return currentUser.ownsOrEdits(account.createdBy());
    }

    /** What deleting the account would take with it, and whether it may go: for the confirmation. */
    @Transactional(readOnly = true)
    public ClaimRemoval removalOf(long accountId) {
        get(accountId);
        return claims.removalOfAccount(accountId);
    }

    /**
     * Deletes an account with its revisions, claims and the pairs holding them; its importer or an editor
     * may, while none of its claims is in a submitted or approved pair (see {@link #removalOf}).
     */
    public ClaimRemoval delete(long accountId, int version) {
        AccountSummary before = get(accountId);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "AccountService.delete",
                "Only the reviewer who imported this account or an editor may delete it.");
        if (before.version() != version) {
            throw StaleData.of("The account “" + before.title() + "”");
        }
        ClaimRemoval removed = claims.deleteAllOfAccount(accountId);
        if (!accounts.delete(accountId, version)) {
            throw StaleData.of("The account “" + before.title() + "”");
        }
        audit.record("delete", "account", accountId, before.meetingId(), before, null);
        return removed;
    }

    /** The import limits in force, for screens to state them up front. */
    public ImportLimits limits() {
        return limits;
    }

    @Transactional(readOnly = true)
    public AccountSummary get(long id) {
        return accounts.findById(id, currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> ofMeeting(long meetingId) {
        return accounts.findByMeeting(meetingId, currentUser.require().id());
    }

    /** The account's speaker (null when none is known), without the counts {@link #get} adds. */
    @Transactional(readOnly = true)
    public String speaker(long accountId) {
        return accounts.speaker(accountId)
                .orElseThrow(() -> new NotFoundException("Account", accountId))
                .orElse(null);
    }

    /** The text of the account's current revision. */
    @Transactional(readOnly = true)
    public String text(long accountId) {
        return accounts.currentRevision(accountId)
                .map(AccountRepository.CurrentRevision::text)
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    /** The sentences of the account's current text: the click targets for whole-sentence claims. */
    @Transactional(readOnly = true)
    public List<Sentence> sentences(long accountId) {
        return SentenceSplitter.split(text(accountId));
    }

    @Transactional(readOnly = true)
    public SourceDocument source(long id) {
        return accounts.findSource(id).orElseThrow(() -> new NotFoundException("Source document", id));
    }

    @Transactional(readOnly = true)
    public List<SourceDocumentSummary> sourcesOf(long meetingId) {
        return accounts.sourcesOf(meetingId);
    }

    /** Where an excerpt comes from: a range of a source document of the given length. */
    private record Excerpt(long sourceId, int sourceLength, int start, int end) {}

    private ImportResult create(
            long meetingId,
            AccountMetadata metadata,
            String raw,
            String what,
            Excerpt excerpt,
            ImportProgress progress) {
        requireMeeting(meetingId);
        progress.report(0.3, "Cleaning the text");
        CleanText clean = cleanAndCheck(raw, what);
        boolean detect = metadata.language() == null || metadata.language().isBlank();
        AccountMetadata checked =
                validate(detect ? metadata.withLanguage(LanguageGuesser.guess(clean.text())) : metadata);
        long partyId = accounts.partyId(checked.partyCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown party: " + checked.partyCode()));
        accounts.lockMeetingForAccounts(meetingId);
        accounts.withSameText(meetingId, clean.text()).ifPresent(first -> {
            throw new DuplicateAccount(first.value1(), first.value2());
        });
        progress.report(0.5, "Finding sentences");
        int sentences = SentenceSplitter.split(clean.text()).size();
        progress.report(0.7, "Saving");
        long userId = currentUser.require().id();
        long id = excerpt == null
                ? accounts.insertAccount(meetingId, checked, partyId, userId, null, null, null, null)
                : accounts.insertAccount(
                        meetingId,
                        checked,
                        partyId,
                        userId,
                        excerpt.sourceId(),
                        excerpt.sourceLength(),
                        excerpt.start(),
                        excerpt.end());
        accounts.insertRevision(id, 1, clean.text(), userId, null);
        AccountSummary created = get(id);
        audit.record(excerpt == null ? "create" : "excerpt", "account", id, meetingId, null, created);
        progress.report(1.0, "Done");
        return new ImportResult(created, sentences, checked.language(), detect, clean.removedSummary());
    }

    private CleanText cleanAndCheck(String raw, String what) {
        if (raw == null || raw.isBlank()) {
            throw new ImportRejected(capitalised(what) + " is empty.");
        }
        CleanText clean = TextCleaner.clean(raw);
        if (clean.text().isBlank()) {
            throw new ImportRejected(capitalised(what) + " has no visible text, only spaces or control characters.");
        }
        if (clean.text().length() > limits.maxCharacters()) {
            throw new ImportRejected(capitalised(what) + " has "
                    + String.format("%,d", clean.text().length()) + " characters; the limit is "
                    + String.format("%,d", limits.maxCharacters()) + ".");
        }
        return clean;
    }

    private void requireMeeting(long meetingId) {
        if (!accounts.meetingExists(meetingId)) {
            throw new NotFoundException("Meeting", meetingId);
        }
    }

    private static AccountMetadata validate(AccountMetadata m) {
        if (m.partyCode() == null || m.partyCode().isBlank()) {
            throw new FieldRefusal("party", "Choose the party whose account this is.");
        }
        if (m.title() == null || m.title().isBlank()) {
            throw new FieldRefusal("title", "An account needs a title.");
        }
        FieldRefusal.at("publishedOn", () -> Texts.requireYearInRange(m.publishedOn(), "The publication date"));
        String url = FieldRefusal.at("sourceUrl", () -> Limits.checked(m.sourceUrl(), Limits.URL, "The source URL"));
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new FieldRefusal("sourceUrl", "The source URL must start with http:// or https://.");
        }
        String language = m.language().strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
            throw new FieldRefusal("language", "The language must be a code such as en or ko.");
        }
        return new AccountMetadata(
                m.partyCode().strip(),
                FieldRefusal.at("title", () -> Limits.checked(m.title(), Limits.TITLE, "The title")),
                FieldRefusal.at("speaker", () -> Limits.checked(m.speaker(), Limits.NAME, "The speaker")),
                FieldRefusal.at("publisher", () -> Limits.checked(m.publisher(), Limits.NAME, "The publisher")),
                url,
                m.publishedOn(),
                language,
                m.kind() == null ? AccountKind.OFFICIAL_STATEMENT : m.kind());
    }

    private static String titleFrom(String filename) {
        String name = filename == null ? "Untitled" : filename.replaceAll("^.*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.parallax.account;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.parallax.audit.AuditService;
import org.parallax.base.NotFoundException;
import org.parallax.base.Texts;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of a meeting. Their text is stored once, normalised, and never edited in place. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class AccountService {

    static final int MAX_TEXT_LENGTH = 1_000_000;

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditService audit;

    AccountService(AccountRepository accounts, CurrentUser currentUser, AuditService audit) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Adds an account from pasted text; the text becomes revision 1. */
    public AccountSummary add(NewAccount account) {
        if (account.title() == null || account.title().isBlank()) {
            throw new IllegalArgumentException("An account needs a title.");
        }
        if (account.text() == null || account.text().isBlank()) {
            throw new IllegalArgumentException("The account has no text.");
        }
        String text = Texts.normalise(account.text());
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The text is longer than " + MAX_TEXT_LENGTH + " characters.");
        }
        long partyId = accounts.partyId(account.partyCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown party: " + account.partyCode()));
        NewAccount clean = new NewAccount(account.meetingId(), account.partyCode(), account.title().strip(),
                account.speaker(), account.publisher(), account.sourceUrl(), account.publishedOn(),
                account.language() == null || account.language().isBlank() ? "en" : account.language(),
                account.kind() == null ? AccountKind.OFFICIAL_STATEMENT : account.kind(), text);
        long userId = currentUser.require().id();
        long id = accounts.insertAccount(clean, partyId, userId);
        accounts.insertRevision(id, 1, text, userId, null);
        AccountSummary created = get(id);
        audit.record("create", "account", id, clean.meetingId(), null, created);
        return created;
    }

    @Transactional(readOnly = true)
    public AccountSummary get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> ofMeeting(long meetingId) {
        return accounts.findByMeeting(meetingId);
    }

    /** The text of the account's current revision. */
    @Transactional(readOnly = true)
    public String text(long accountId) {
        return accounts.currentText(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
    }
}

package org.parallax.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.account.Sentence;
import org.parallax.account.SentenceSplitter;
import org.parallax.audit.AuditService;
import org.parallax.base.NotFoundException;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.parallax.suggestion.SuggestionRepository.ClaimAt;
import org.parallax.suggestion.SuggestionRepository.CurrentText;
import org.parallax.suggestion.SuggestionRepository.Dismissed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested contradictions between two accounts of a meeting: its claims and the sentences no claim covers,
 * ranked by the {@link ContradictionScorer}, without the couples the viewer sees paired already and those
 * dismissed for the meeting. They work before any claim is marked.
 */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class SuggestionService {

    /** The most suggestions one request answers. */
    public static final int MAX_LIMIT = 200;

    private final SuggestionRepository repository;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Suggester suggester;

    SuggestionService(
            SuggestionRepository repository,
            ClaimService claims,
            CurrentUser currentUser,
            AuditService audit,
            ContradictionScorer scorer) {
        this.repository = repository;
        this.claims = claims;
        this.currentUser = currentUser;
        this.audit = audit;
        this.suggester = new Suggester(scorer, Lexicon.load());
    }

    /** The best {@code limit} suggestions between the two accounts of the meeting, best first. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(long meetingId, long leftAccountId, long rightAccountId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is between 1 and " + MAX_LIMIT + ".");
        }
        CurrentText left = text(meetingId, leftAccountId);
        CurrentText right = text(meetingId, rightAccountId);
        if (left.partyId() == right.partyId()) {
            throw new IllegalArgumentException("Suggestions compare the accounts of two different parties.");
        }
        Set<String> paired =
                repository.pairedCouples(meetingId, currentUser.require().id());
        Set<Dismissed> dismissed = repository.dismissed(meetingId);
        return suggester.suggest(
                passagesOf(left),
                passagesOf(right),
                s -> paired(s, paired) || dismissed.contains(dismissal(s.key(), left, right)),
                limit);
    }

    /** Remembers for the meeting that the couple is no contradiction worth pairing; it is not suggested again. */
    public void dismiss(long meetingId, SuggestionKey key) {
        CurrentText left = text(meetingId, key.leftAccountId());
        CurrentText right = text(meetingId, key.rightAccountId());
        checkSpan(left, key.leftStart(), key.leftEnd());
        checkSpan(right, key.rightStart(), key.rightEnd());
        if (repository.dismiss(
                meetingId, dismissal(key, left, right), currentUser.require().id())) {
            audit.record("dismiss_suggestion", "meeting", meetingId, meetingId, null, key);
        }
    }

    /**
     * The two claims a suggestion points at, made where there are none yet (a claim already on the span is
     * used as it is). Runs in the caller's transaction: accepting a suggestion makes the claims and the pair
     * together or not at all.
     */
    public List<Claim> claimsFor(long meetingId, SuggestionKey key) {
        CurrentText left = text(meetingId, key.leftAccountId());
        CurrentText right = text(meetingId, key.rightAccountId());
        return List.of(claimOn(left, key.leftStart(), key.leftEnd()), claimOn(right, key.rightStart(), key.rightEnd()));
    }

    private Claim claimOn(CurrentText account, int start, int end) {
        checkSpan(account, start, end);
        for (ClaimAt c : repository.claimsOf(account.accountId(), account.revisionId())) {
            if (c.start() == start && c.end() == end) {
                return claims.get(c.id());
            }
        }
        return claims.mark(new NewClaim(
                account.accountId(), start, end, account.text().substring(start, end), null, null, ClaimKind.FACT));
    }

    private static void checkSpan(CurrentText account, int start, int end) {
        if (start < 0 || end > account.text().length() || start >= end) {
            throw new IllegalArgumentException("The suggested passage " + start + "–" + end
                    + " is not in the account's current text; the text may have been corrected since.");
        }
    }

    private CurrentText text(long meetingId, long accountId) {
        CurrentText text =
                repository.currentText(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        if (text.meetingId() != meetingId) {
            throw new NotFoundException("Account", accountId);
        }
        return text;
    }

    private static Dismissed dismissal(SuggestionKey k, CurrentText left, CurrentText right) {
        return new Dismissed(
                left.revisionId(), k.leftStart(), k.leftEnd(), right.revisionId(), k.rightStart(), k.rightEnd());
    }

    private static boolean paired(Suggestion s, Set<String> paired) {
        return s.left().claimId() != null
                && s.right().claimId() != null
                && paired.contains(SuggestionRepository.couple(
                        s.left().claimId(), s.right().claimId()));
    }

    /** The account's claims, and its sentences that no claim overlaps. */
    private List<Passage> passagesOf(CurrentText account) {
        List<ClaimAt> marked = repository.claimsOf(account.accountId(), account.revisionId());
        List<Passage> passages = new ArrayList<>();
        for (ClaimAt c : marked) {
            passages.add(new Passage(
                    account.accountId(),
                    c.id(),
                    c.start(),
                    c.end(),
                    account.text().substring(c.start(), c.end())));
        }
        int next = 0;
        for (Sentence s : SentenceSplitter.split(account.text())) {
            while (next < marked.size() && marked.get(next).end() <= s.start()) {
                next++;
            }
            boolean overlaps = false;
            for (int i = next; i < marked.size() && marked.get(i).start() < s.end(); i++) {
                overlaps = true;
            }
            if (!overlaps) {
                passages.add(new Passage(
                        account.accountId(),
                        null,
                        s.start(),
                        s.end(),
                        account.text().substring(s.start(), s.end())));
            }
        }
        return passages;
    }
}

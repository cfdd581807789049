package org.parallax.pairing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.SentenceSplitter;
import org.parallax.base.NotFoundException;
import org.parallax.base.PairStatus;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.claim.ClaimSpan;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.PairRepository.PairLink;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the comparison screen shows, in small pieces it can fetch and refresh separately. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional(readOnly = true)
public class WorkspaceService {

    private final AccountService accounts;
    private final ClaimService claims;
    private final PairRepository pairs;
    private final MeetingService meetings;
    private final CurrentUser currentUser;

    WorkspaceService(
            AccountService accounts,
            ClaimService claims,
            PairRepository pairs,
            MeetingService meetings,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.accounts = accounts;
        this.claims = claims;
        this.pairs = pairs;
    }

    /**
     * Opens two accounts of a meeting side by side. Without a choice (null ids) the first account is shown
     * beside the first account of another party.
     */
    public Workspace open(long meetingId, Long leftAccountId, Long rightAccountId) {
        String title = meetings.title(meetingId);
        List<AccountSummary> all = accounts.ofMeeting(meetingId);
        if (all.isEmpty()) {
            return new Workspace(meetingId, title, all, null, null);
        }
        AccountSummary left = leftAccountId != null ? find(all, leftAccountId, meetingId) : all.getFirst();
        AccountSummary right = rightAccountId != null
                ? find(all, rightAccountId, meetingId)
                : all.stream()
                        .filter(a -> !a.partyCode().equals(left.partyCode()))
                        .findFirst()
                        .orElse(all.size() > 1 ? all.get(1) : null);
        return new Workspace(meetingId, title, all, left, right);
    }

    /** The claims of each given account of the meeting, as the columns draw them (one read of the pairs). */
    public List<List<ClaimMark>> marks(long meetingId, long... accountIds) {
        long viewer = currentUser.require().id();
        Map<Long, List<PairLink>> linksOfClaim =
                byClaim(concat(pairs.linksOfMeeting(meetingId, viewer), pairs.blindLinks(meetingId, viewer)));
        List<List<ClaimMark>> columns = new ArrayList<>();
        for (long accountId : accountIds) {
            columns.add(claims.spansOfAccount(accountId).stream()
                    .map(span -> mark(span, linksOfClaim))
                    .toList());
        }
        return columns;
    }

    /**
     * Just the given claims as the columns draw them, by account: what one person's change touched, read
     * without going over the whole accounts. Claims that are gone are left out.
     */
    public Map<Long, List<ClaimMark>> marksOf(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        long viewer = currentUser.require().id();
        Map<Long, List<PairLink>> linksOfClaim =
                byClaim(concat(pairs.linksOfClaims(claimIds, viewer), pairs.blindLinksOfClaims(claimIds, viewer)));
        Map<Long, List<ClaimMark>> byAccount = new HashMap<>();
        for (ClaimSpan span : claims.spans(claimIds)) {
            byAccount.computeIfAbsent(span.accountId(), k -> new ArrayList<>()).add(mark(span, linksOfClaim));
        }
        return byAccount;
    }

    /** The meeting's pairs the viewer sees, then their blind pairs (drawn alike: the blind reviewer sees only their own). */
    private static List<PairLink> concat(List<PairLink> pairs, List<PairLink> blind) {
        if (blind.isEmpty()) {
            return pairs;
        }
        List<PairLink> all = new ArrayList<>(pairs);
        all.addAll(blind);
        return all;
    }

    private static Map<Long, List<PairLink>> byClaim(List<PairLink> links) {
        Map<Long, List<PairLink>> linksOfClaim = new HashMap<>();
        for (PairLink link : links) {
            linksOfClaim
                    .computeIfAbsent(link.leftClaimId(), k -> new ArrayList<>(1))
                    .add(link);
            linksOfClaim
                    .computeIfAbsent(link.rightClaimId(), k -> new ArrayList<>(1))
                    .add(link);
        }
        return linksOfClaim;
    }

    private static ClaimMark mark(ClaimSpan span, Map<Long, List<PairLink>> linksOfClaim) {
        List<PairLink> links = linksOfClaim.getOrDefault(span.id(), List.of());
        PairLink shown = shownLink(links);
        return new ClaimMark(
                span.id(),
                span.start(),
                span.end(),
                state(span.noCounterpart(), shown),
                relation(shown),
                links.stream().map(l -> partner(l, span.id())).toList());
    }

    /** A claim picked in a column, with its state. */
    public ChosenClaim chosen(long claimId) {
        Claim claim = claims.get(claimId);
        long viewer = currentUser.require().id();
        PairLink shown = shownLink(
                concat(pairs.linksOfClaim(claimId, viewer), pairs.blindLinksOfClaims(List.of(claimId), viewer)));
        return new ChosenClaim(claim, state(claim.noCounterpart(), shown), relation(shown));
    }

    /** A number that changes whenever a pair of the meeting is added, changed or deleted. */
    public long pairsFingerprint(long meetingId) {
        return pairs.fingerprint(meetingId, currentUser.require().id());
    }

    /** The text and sentences of an account, for a comparison column to load. */
    public ColumnText columnText(long accountId) {
        String text = accounts.text(accountId);
        return new ColumnText(text, SentenceSplitter.split(text));
    }

    /** An approved pair wins; otherwise the most recently changed one (links come newest first). */
    private static PairLink shownLink(List<PairLink> links) {
        return links.stream()
                .filter(l -> l.status() == PairStatus.APPROVED)
                .findFirst()
                .orElse(links.isEmpty() ? null : links.getFirst());
    }

    private static HighlightState state(boolean noCounterpart, PairLink shown) {
        if (shown != null) {
            return shown.status() == PairStatus.APPROVED ? HighlightState.APPROVED : HighlightState.PAIRED;
        }
        return noCounterpart ? HighlightState.NO_COUNTERPART : HighlightState.UNPAIRED;
    }

    private static Relation relation(PairLink shown) {
        return shown == null ? null : shown.relation();
    }

    private static long partner(PairLink link, long claimId) {
        return link.leftClaimId() == claimId ? link.rightClaimId() : link.leftClaimId();
    }

    private static AccountSummary find(List<AccountSummary> all, long id, long meetingId) {
        return all.stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Account of meeting " + meetingId, id));
    }
}

package org.parallax.pairing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.base.NotFoundException;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.meeting.MeetingService;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the comparison screen's data in one read. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional(readOnly = true)
public class WorkspaceService {

    private final AccountService accounts;
    private final ClaimService claims;
    private final PairingService pairing;
    private final MeetingService meetings;

    WorkspaceService(AccountService accounts, ClaimService claims, PairingService pairing, MeetingService meetings) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.claims = claims;
        this.pairing = pairing;
    }

    /**
     * Opens two accounts of a meeting side by side. Without a choice (null ids) the first accounts of the
     * first two parties are shown.
     */
    public Workspace open(long meetingId, Long leftAccountId, Long rightAccountId) {
        String title = meetings.title(meetingId);
        List<AccountSummary> all = accounts.ofMeeting(meetingId);
        if (all.isEmpty()) {
            return new Workspace(meetingId, title, all, null, null, List.of());
        }
        AccountSummary left = leftAccountId != null ? find(all, leftAccountId, meetingId) : all.getFirst();
        AccountSummary right = rightAccountId != null ? find(all, rightAccountId, meetingId)
                : all.stream().filter(a -> !a.partyCode().equals(left.partyCode())).findFirst()
                        .orElse(all.size() > 1 ? all.get(1) : null);
        List<ClaimPair> pairs = pairing.ofMeeting(meetingId);
        return new Workspace(meetingId, title, all, pane(left, pairs), right == null ? null : pane(right, pairs), pairs);
    }

    private AccountPane pane(AccountSummary account, List<ClaimPair> pairs) {
        Map<Long, ClaimPair> pairOfClaim = new HashMap<>();
        for (ClaimPair p : pairs) {
            pairOfClaim.putIfAbsent(p.leftClaimId(), p);
            pairOfClaim.putIfAbsent(p.rightClaimId(), p);
        }
        List<ClaimMark> marks = claims.ofAccount(account.id()).stream()
                .filter(c -> !c.anchorStatus().equals("NEEDS_ATTENTION"))
                .map(c -> mark(c, pairOfClaim.get(c.id())))
                .toList();
        return new AccountPane(account, marks);
    }

    /** The text and sentences of an account of the meeting, for a comparison column to load. */
    public ColumnText columnText(long accountId) {
        String text = accounts.text(accountId);
        return new ColumnText(text, org.parallax.account.SentenceSplitter.split(text));
    }

    private static ClaimMark mark(Claim c, ClaimPair pair) {
        String state = pair != null ? (pair.status().equals("APPROVED") ? "approved" : "paired")
                : c.noCounterpart() ? "no-counterpart" : "unpaired";
        String relation = pair == null ? null : pair.relation().toLowerCase().replace('_', '-');
        return new ClaimMark(c.id(), c.start(), c.end(), c.quote(), state, relation, c.speaker(), c.topic(), c.kind(),
                c.version());
    }

    private static AccountSummary find(List<AccountSummary> all, long id, long meetingId) {
        return all.stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Account of meeting " + meetingId, id));
    }
}

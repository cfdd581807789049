package org.parallax.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.parallax.audit.AuditService;
import org.parallax.base.PairStatus;
import org.parallax.claim.ClaimEdited;
import org.parallax.claim.ClaimsMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes and checks approval seals. A pair whose seal no longer holds (its claim moved or lost its place
 * after a text correction, or its content changed by any route, the database included) goes back to the
 * review queue marked "needs re-review", its approval voided with what changed, and the history says why.
 * Reached through ReviewService, and right after a text correction moved claims.
 */
@Component
class Seals {

    private final ReviewRepository reviews;
    private final AuditService audit;
    private final JsonMapper json;

    Seals(ReviewRepository reviews, AuditService audit, JsonMapper json) {
        this.reviews = reviews;
        this.audit = audit;
        this.json = json;
    }

    /** The seal of the pair as it stands now. */
    Seal current(long pairId) {
        return reviews.seals(List.of(pairId)).get(pairId);
    }

    /** One approval, the pair's seal as it stands now, and whether the approval's seal holds. */
    private record Checked(ReviewRepository.StandingApproval approval, Seal now, SealState state) {}

    /** Every approved pair among those the condition selects, checked against its seal (two queries). */
    private List<Checked> check(Condition pairs) {
        List<ReviewRepository.StandingApproval> approvals = reviews.standingApprovals(pairs);
        Map<Long, Seal> now = approvals.isEmpty()
                ? Map.of()
                : reviews.seals(approvals.stream()
                        .map(ReviewRepository.StandingApproval::pairId)
                        .toList());
        return approvals.stream()
                .map(a -> new Checked(a, now.get(a.pairId()), state(a, now.get(a.pairId()))))
                .toList();
    }

    /** The approved pairs (among those the condition selects) whose seal does not hold, with what changed. */
    Map<Long, SealState> broken(Condition pairs) {
        Map<Long, SealState> broken = new LinkedHashMap<>();
        check(pairs).stream()
                .filter(c -> !c.state().holds())
                .forEach(c -> broken.put(c.approval().pairId(), c.state()));
        return broken;
    }

    /** Sends back every approved pair (among those selected) whose seal broke; reseals old approvals that hold. */
    void enforce(Condition pairs) {
        for (Checked checked : check(pairs)) {
            ReviewRepository.StandingApproval approval = checked.approval();
            SealState state = checked.state();
            if (state.holds() && approval.sealed() == null) {
                reviews.reseal(
                        approval.reviewId(),
                        checked.now().json(json),
                        checked.now().hash(json));
            } else if (!state.holds()) {
                sendBack(approval, state);
            }
        }
    }

    private void sendBack(ReviewRepository.StandingApproval approval, SealState state) {
        reviews.sendBack(approval.pairId(), state.summary());
        reviews.voidApprovals(approval.pairId(), "Seal broken: " + state.summary());
        audit.recordBySystem(
                "seal_broken",
                "claim_pair",
                approval.pairId(),
                approval.meetingId(),
                null,
                Map.of("changed", state.changed(), "status", PairStatus.SUBMITTED));
    }

    /**
     * A claim was edited: its approved pairs go back to review, those whose seal broke (span) with what
     * changed, the others too, since their approval did not see the claim's new speaker, topic or kind.
     */
    @EventListener
    void claimEdited(ClaimEdited edited) {
        Condition holding = ReviewRepository.holdingClaim(edited.claimId());
        enforce(holding);
        SealState state = new SealState(
                false,
                edited.changed().stream()
                        .map(what -> "claim " + edited.claimId() + "'s " + what + " (edited)")
                        .toList());
        check(holding).forEach(still -> sendBack(still.approval(), state));
    }

    /** A text correction moved or flagged claims: their approved pairs are checked at once. */
    @EventListener
    void claimsMoved(ClaimsMoved moved) {
        enforce(ReviewRepository.ofMeeting(moved.meetingId()));
    }

    private SealState state(ReviewRepository.StandingApproval approval, Seal now) {
        if (approval.reviewId() == null) {
            return new SealState(false, List.of("the approval (no editor's approval stands for it)"));
        }
        if (approval.sealed() == null) {
            return now.legacyHash().equals(approval.contentHash())
                    ? SealState.HOLDS
                    : new SealState(false, List.of("the approved quotes, relation or rationale"));
        }
        Seal sealed = json.readValue(approval.sealed(), Seal.class);
        if (!sealed.hash(json).equals(approval.contentHash())) {
            return new SealState(false, List.of("the approval's own record"));
        }
        List<String> changes = now.changesSince(sealed);
        return changes.isEmpty() ? SealState.HOLDS : new SealState(false, changes);
    }
}

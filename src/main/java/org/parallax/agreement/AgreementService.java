package org.parallax.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.audit.AuditService;
import org.parallax.base.ConflictException;
import org.parallax.base.NotFoundException;
import org.parallax.pairing.Relation;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind double pairing: an editor asks a second reviewer to pair a meeting without seeing the first
 * reviewer's pairs, then sees where the two agree and differ (with Cohen's kappa on the relation labels)
 * and settles each difference.
 */
@Service
@PreAuthorize(Roles.IS_EDITOR)
@Transactional
public class AgreementService {

    static final String NOT_PAIRED = "NOT_PAIRED";

    private final AgreementRepository rounds;
    private final CurrentUser currentUser;
    private final AuditService audit;

    AgreementService(AgreementRepository rounds, CurrentUser currentUser, AuditService audit) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public AgreementRound request(long meetingId, long firstReviewerId, long secondReviewerId) {
        if (firstReviewerId == secondReviewerId) {
            throw new IllegalArgumentException("Choose two different people: the second pairs blind what the first has paired.");
        }
        if (!rounds.meetingExists(meetingId)) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (rounds.openRoundFor(meetingId, secondReviewerId)) {
            throw new ConflictException("That person already pairs this meeting blind in an open round.");
        }
        long id = rounds.insertRound(meetingId, firstReviewerId, secondReviewerId, currentUser.require().id());
        AgreementRound round = round(id);
        audit.record("request_blind_pairing", "agreement_round", id, meetingId, null, round);
        return round;
    }

    /** The same, naming the two reviewers by their user names (as the API does). */
    public AgreementRound request(long meetingId, String firstUsername, String secondUsername) {
        return request(meetingId, userId(firstUsername, "firstReviewer"), userId(secondUsername, "secondReviewer"));
    }

    private long userId(String username, String role) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("Send " + role + ": the user name of a reviewer.");
        }
        return rounds.enabledUserId(username.strip())
                .orElseThrow(() -> new IllegalArgumentException(role + ": no active user is called “" + username.strip() + "”."));
    }

    /** Who can be asked. */
    @Transactional(readOnly = true)
    public List<Person> people() {
        return rounds.people();
    }

    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public List<AgreementRound> roundsOf(long meetingId) {
        return rounds.roundsOf(meetingId);
    }

    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public AgreementRound round(long roundId) {
        return rounds.round(roundId).orElseThrow(() -> new NotFoundException("Agreement round", roundId));
    }

    /** The claims the second reviewer pairs from; nobody's pairs come with them. */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public List<ClaimChoice> claimsToPair(long roundId) {
        AgreementRound round = round(roundId);
        requireSecondReviewer(round);
        return rounds.claimsOf(round.meetingId());
    }

    /** The second reviewer's own blind pairs so far (what they need to see to go on). */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public int blindPairCount(long roundId) {
        AgreementRound round = round(roundId);
        requireSecondReviewer(round);
        return rounds.blindCouples(roundId).size();
    }

    /** The second reviewer pairs two claims of the meeting, from different parties, while the round is open. */
    @PreAuthorize(Roles.IS_REVIEWER)
    public void pairBlind(long roundId, long leftClaimId, long rightClaimId, Relation relation) {
        AgreementRound round = round(roundId);
        requireSecondReviewer(round);
        if (!round.open()) {
            throw new IllegalArgumentException("This round has been settled.");
        }
        if (relation == null) {
            throw new IllegalArgumentException("Choose a relation.");
        }
        var left = rounds.claimSide(leftClaimId).orElseThrow(() -> new NotFoundException("Claim", leftClaimId));
        var right = rounds.claimSide(rightClaimId).orElseThrow(() -> new NotFoundException("Claim", rightClaimId));
        if (left.meetingId() != round.meetingId() || right.meetingId() != round.meetingId()) {
            throw new IllegalArgumentException("Both claims must come from this meeting.");
        }
        if (left.partyId() == right.partyId()) {
            throw new IllegalArgumentException("Both claims come from the same party; a pair links two different parties.");
        }
        if (rounds.blindCoupleExists(roundId, leftClaimId, rightClaimId)) {
            throw new IllegalArgumentException("You have paired these two claims already.");
        }
        rounds.insertBlindPair(roundId, leftClaimId, rightClaimId, relation.name());
        audit.record("pair_blind", "agreement_round", roundId, round.meetingId(), null,
                Map.of("leftClaimId", leftClaimId, "rightClaimId", rightClaimId, "relation", relation.name()));
    }

    /** Where the two agree and differ, and kappa over every couple either paired ("not paired" a label too). */
    @Transactional(readOnly = true)
    public AgreementResult result(long roundId) {
        AgreementRound round = round(roundId);
        requireNotBlind(round);
        Map<List<Long>, String> first = byCouple(rounds.pairCouples(round.meetingId(), round.firstReviewerId()));
        Map<List<Long>, String> second = byCouple(rounds.blindCouples(roundId));
        Map<List<Long>, AgreementRepository.Couple> settled = new HashMap<>();
        rounds.settlements(roundId).forEach(c -> settled.put(List.of(c.low(), c.high()), c));
        Map<List<Long>, Boolean> couples = new LinkedHashMap<>();
        first.keySet().forEach(k -> couples.put(k, true));
        second.keySet().forEach(k -> couples.put(k, true));
        List<Long> ids = couples.keySet().stream().flatMap(List::stream).distinct().toList();
        Map<Long, String> quotes = ids.isEmpty() ? Map.of() : rounds.quotes(ids);
        List<CoupleComparison> rows = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        int agreed = 0;
        for (List<Long> couple : couples.keySet()) {
            String x = first.get(couple);
            String y = second.get(couple);
            AgreementRepository.Couple s = settled.get(couple);
            rows.add(new CoupleComparison(couple.get(0), couple.get(1), quotes.get(couple.get(0)), quotes.get(couple.get(1)),
                    x, y, s != null, s == null ? null : s.relation()));
            a.add(x == null ? NOT_PAIRED : x);
            b.add(y == null ? NOT_PAIRED : y);
            if (Objects.equals(x, y)) {
                agreed++;
            }
        }
        return new AgreementResult(round, rows, agreed, rows.size() - agreed, Kappa.cohen(a, b));
    }

    /**
     * The editor's word on a couple where the two differ: the relation that stands, or null for "no pair".
     * When every difference is settled, the round closes.
     */
    public AgreementResult settle(long roundId, long claimA, long claimB, Relation relation) {
        AgreementRound round = round(roundId);
        if (!round.open()) {
            throw new IllegalArgumentException("This round has been settled.");
        }
        long low = Math.min(claimA, claimB);
        long high = Math.max(claimA, claimB);
        AgreementResult before = result(roundId);
        if (before.couples().stream().noneMatch(c -> c.lowClaimId() == low && c.highClaimId() == high && !c.agree())) {
            throw new IllegalArgumentException("The two reviewers do not differ on these claims.");
        }
        rounds.settle(roundId, low, high, relation == null ? null : relation.name(), currentUser.require().id());
        AgreementResult after = result(roundId);
        audit.record("settle_difference", "agreement_round", roundId, round.meetingId(), null,
                Map.of("lowClaimId", low, "highClaimId", high, "relation", relation == null ? "none" : relation.name()));
        if (after.couples().stream().allMatch(c -> c.agree() || c.settled())) {
            rounds.close(roundId);
            audit.record("close_agreement_round", "agreement_round", roundId, round.meetingId(), null, Map.of("kappa", after.kappa()));
            // Only the round's state changed with closing: the comparison stays as read.
            return new AgreementResult(round(roundId), after.couples(), after.agreed(), after.differing(), after.kappa());
        }
        return after;
    }

    /** The second reviewer of an open round (an editor, say) does not get its answers from the result. */
    private void requireNotBlind(AgreementRound round) {
        if (round.open() && round.secondReviewerId() == currentUser.require().id()) {
            throw currentUser.refusal("AgreementService.result",
                    "You pair this meeting blind in this round; its result is shown once another editor has settled it.");
        }
    }

    private void requireSecondReviewer(AgreementRound round) {
        if (round.secondReviewerId() != currentUser.require().id()) {
            throw new AccessDeniedException("Only the second reviewer pairs this meeting blind.");
        }
    }

    private static Map<List<Long>, String> byCouple(List<AgreementRepository.Couple> couples) {
        Map<List<Long>, String> map = new LinkedHashMap<>();
        couples.forEach(c -> map.put(List.of(c.low(), c.high()), c.relation()));
        return map;
    }
}

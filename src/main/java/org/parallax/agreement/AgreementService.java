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
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
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
    private final PairingService pairing;

    AgreementService(AgreementRepository rounds, CurrentUser currentUser, AuditService audit, PairingService pairing) {
        this.pairing = pairing;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public AgreementRound request(long meetingId, long firstReviewerId, long secondReviewerId) {
        if (firstReviewerId == secondReviewerId) {
            throw new IllegalArgumentException(
                    "Choose two different people: the second pairs blind what the first has paired.");
        }
        if (!rounds.meetingExists(meetingId)) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (rounds.openRoundFor(meetingId, secondReviewerId)) {
            throw new ConflictException("That person already pairs this meeting blind in an open round.");
        }
        long id = rounds.insertRound(
                meetingId,
                firstReviewerId,
                secondReviewerId,
                currentUser.require().id());
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
                .orElseThrow(() ->
                        new IllegalArgumentException(role + ": no active user is called “" + username.strip() + "”."));
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

    /**
     * The second reviewer pairs two claims of the meeting while the round is open (the comparison screen
     * does the same through PairingService.linkBlind, which keeps the rules).
     */
    @PreAuthorize(Roles.IS_REVIEWER)
    public void pairBlind(long roundId, NewPair pair) {
        AgreementRound round = round(roundId);
        requireSecondReviewer(round);
        if (!round.open()) {
            throw new IllegalArgumentException("This round has been settled.");
        }
        pairing.linkBlind(pair);
    }

    /** Where the two agree and differ, and kappa over every couple either paired ("not paired" a label too). */
    @Transactional(readOnly = true)
    public AgreementResult result(long roundId) {
        AgreementRound round = round(roundId);
        requireNotBlind(round);
        return compare(round);
    }

    private AgreementResult compare(AgreementRound round) {
        long roundId = round.id();
        Map<List<Long>, Relation> first = byCouple(rounds.pairCouples(round.meetingId(), round.firstReviewerId()));
        Map<List<Long>, Relation> second = byCouple(rounds.blindCouples(roundId));
        Map<List<Long>, AgreementRepository.Settled> settled = new HashMap<>();
        rounds.settlements(roundId).forEach(c -> settled.put(List.of(c.low(), c.high()), c));
        Map<List<Long>, Boolean> couples = new LinkedHashMap<>();
        first.keySet().forEach(k -> couples.put(k, true));
        second.keySet().forEach(k -> couples.put(k, true));
        List<Long> ids =
                couples.keySet().stream().flatMap(List::stream).distinct().toList();
        Map<Long, String> quotes = ids.isEmpty() ? Map.of() : rounds.quotes(ids);
        List<CoupleComparison> rows = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        int agreed = 0;
        for (List<Long> couple : couples.keySet()) {
            Relation x = first.get(couple);
            Relation y = second.get(couple);
            AgreementRepository.Settled s = settled.get(couple);
            rows.add(new CoupleComparison(
                    couple.get(0),
                    couple.get(1),
                    quotes.get(couple.get(0)),
                    quotes.get(couple.get(1)),
                    x,
                    y,
                    s == null ? null : s.choice(),
                    s == null ? null : s.relation()));
            a.add(x == null ? NOT_PAIRED : x.name());
            b.add(y == null ? NOT_PAIRED : y.name());
            if (Objects.equals(x, y)) {
                agreed++;
            }
        }
        return new AgreementResult(round, rows, agreed, rows.size() - agreed, Kappa.cohen(a, b));
    }

    /**
     * The editor's word on a couple where the two differ: keep the first reviewer's pair, the second's
     * (it becomes the meeting's pair, handed to the editors), or neither (the meeting's pair on the couple
     * is deleted). The pair that stays says "settled in agreement round N". When every difference is
     * settled, the round closes and the pairs both agreed on are marked as settled too.
     */
    public AgreementResult settle(long roundId, long claimA, long claimB, Settlement choice) {
        AgreementRound round = round(roundId);
        if (!round.open()) {
            throw new IllegalArgumentException("This round has been settled.");
        }
        if (choice == null) {
            throw new IllegalArgumentException(
                    "Choose whose version stays: the first reviewer's, the second's, or neither.");
        }
        long me = currentUser.require().id();
        if (me == round.firstReviewerId() || me == round.secondReviewerId()) {
            throw currentUser.refusal(
                    "AgreementService.settle", "You paired in this round; another editor settles it.");
        }
        long low = Math.min(claimA, claimB);
        long high = Math.max(claimA, claimB);
        AgreementResult before = compare(round);
        CoupleComparison couple = before.couples().stream()
                .filter(c -> c.lowClaimId() == low && c.highClaimId() == high && !c.agree())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The two reviewers do not differ on these claims."));
        if (couple.settled()) {
            throw new ConflictException(
                    "This difference is settled already (" + couple.settlement().label() + ").");
        }
        Relation stands = switch (choice) {
            case FIRST -> keepFirst(round, couple);
            case SECOND -> keepSecond(round, low, high);
            case NEITHER -> {
                rounds.pairOn(low, high).ifPresent(pair -> deleteBySettlement(round, pair));
                yield null;
            }
        };
        rounds.settle(roundId, low, high, choice, stands, me);
        audit.record(
                "settle_difference",
                "agreement_round",
                roundId,
                round.meetingId(),
                null,
                Map.of(
                        "lowClaimId",
                        low,
                        "highClaimId",
                        high,
                        "choice",
                        choice.name(),
                        "relation",
                        stands == null ? "none" : stands));
        AgreementResult after = compare(round);
        if (after.couples().stream().allMatch(c -> c.agree() || c.settled())) {
            after.couples().stream()
                    .filter(CoupleComparison::agree)
                    .forEach(c -> rounds.pairOn(c.lowClaimId(), c.highClaimId())
                            .ifPresent(pair -> rounds.markSettled(pair, roundId)));
            rounds.close(roundId);
            audit.record(
                    "close_agreement_round",
                    "agreement_round",
                    roundId,
                    round.meetingId(),
                    null,
                    Map.of("kappa", after.kappa()));
            // Only the round's state changed with closing: the comparison stays as read.
            return new AgreementResult(
                    round(roundId), after.couples(), after.agreed(), after.differing(), after.kappa());
        }
        return after;
    }

    /** The first reviewer's pair stays (when they made one) and says so; its relation is the one that stands. */
    private Relation keepFirst(AgreementRound round, CoupleComparison couple) {
        rounds.pairOn(couple.lowClaimId(), couple.highClaimId())
                .filter(id -> rounds.pairAuthor(id) == round.firstReviewerId())
                .ifPresent(id -> rounds.markSettled(id, round.id()));
        return couple.first();
    }

    private Relation keepSecond(AgreementRound round, long low, long high) {
        var version = rounds.blindVersion(round.id(), low, high);
        var existing = rounds.pairOn(low, high);
        if (existing.isPresent() && rounds.pairAuthor(existing.get()) != round.firstReviewerId()) {
            throw new ConflictException(
                    "Someone other than the first reviewer has paired these claims; settle it in the review queue.");
        }
        existing.ifPresent(pair -> deleteBySettlement(round, pair));
        if (version.isEmpty()) {
            return null;
        }
        String rationale = version.get().rationale() != null
                ? version.get().rationale()
                : "Settled in an agreement round: the second reviewer's reading.";
        long id = rounds.insertSettledPair(round.id(), low, high, version.get(), rationale, round.secondReviewerId());
        audit.record(
                "create_by_settlement",
                "claim_pair",
                id,
                round.meetingId(),
                null,
                Map.of("roundId", round.id(), "relation", version.get().relation(), "author", round.secondReviewer()));
        return version.get().relation();
    }

    private void deleteBySettlement(AgreementRound round, long pairId) {
        rounds.deletePair(pairId);
        audit.record(
                "delete_by_settlement", "claim_pair", pairId, round.meetingId(), Map.of("roundId", round.id()), null);
    }

    /** The meeting's settled rounds, for its report: kappa and how the differences were settled. */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public List<RoundSummary> settledRounds(long meetingId) {
        // A round's number is its place among the meeting's rounds, oldest first (roundsOf lists newest first).
        List<AgreementRound> oldestFirst = rounds.roundsOf(meetingId).reversed();
        List<RoundSummary> summaries = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            AgreementRound round = oldestFirst.get(i);
            if (round.open()) {
                continue;
            }
            AgreementResult result = compare(round);
            var settled =
                    result.couples().stream().filter(CoupleComparison::settled).toList();
            summaries.add(new RoundSummary(
                    round.id(),
                    i + 1,
                    round.firstReviewer(),
                    round.secondReviewer(),
                    round.settledAt(),
                    result.couples().size(),
                    result.agreed(),
                    result.kappa(),
                    (int) settled.stream()
                            .filter(c -> c.settlement() == Settlement.FIRST)
                            .count(),
                    (int) settled.stream()
                            .filter(c -> c.settlement() == Settlement.SECOND)
                            .count(),
                    (int) settled.stream()
                            .filter(c -> c.settlement() == Settlement.NEITHER)
                            .count()));
        }
        return summaries;
    }

    /** The second reviewer of an open round (an editor, say) does not get its answers from the result. */
    private void requireNotBlind(AgreementRound round) {
        if (round.open() && round.secondReviewerId() == currentUser.require().id()) {
            throw currentUser.refusal(
                    "AgreementService.result",
                    "You pair this meeting blind in this round; its result is shown once another editor has settled it.");
        }
    }

    private void requireSecondReviewer(AgreementRound round) {
        if (round.secondReviewerId() != currentUser.require().id()) {
            throw new AccessDeniedException("Only the second reviewer pairs this meeting blind.");
        }
    }

    private static Map<List<Long>, Relation> byCouple(List<AgreementRepository.Couple> couples) {
        Map<List<Long>, Relation> map = new LinkedHashMap<>();
        couples.forEach(c -> map.put(List.of(c.low(), c.high()), c.relation()));
        return map;
    }
}

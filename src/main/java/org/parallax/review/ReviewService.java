package org.parallax.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.account.AccountService;
import org.parallax.account.Sentence;
import org.parallax.account.SentenceSplitter;
import org.parallax.audit.AuditService;
import org.parallax.base.Limits;
import org.parallax.base.PairStatus;
import org.parallax.claim.AnchorStatus;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairingService;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editorial review: an editor who did not write a pair approves it, rejects it or sends it back for
 * changes; an approval is tied to a hash of what was approved and is voided when the pair is reopened.
 * Also the reviewers' view of their own pairs and the discussion thread on each pair.
 */
@Service
@PreAuthorize(Roles.IS_EDITOR)
@Transactional
public class ReviewService {

    static final int QUEUE_LIMIT = 500;

    private final ReviewRepository reviews;
    private final PairingService pairing;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ClaimService claims;
    private final AccountService accounts;
    private final Seals seals;
    private final JsonMapper json;

    ReviewService(
            ReviewRepository reviews,
            PairingService pairing,
            MeetingService meetings,
            CurrentUser currentUser,
            AuditService audit,
            ClaimService claims,
            AccountService accounts,
            Seals seals,
            JsonMapper json) {
        this.seals = seals;
        this.json = json;
        this.claims = claims;
        this.accounts = accounts;
        this.reviews = reviews;
        this.pairing = pairing;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The pairs waiting for an editor, across all meetings, oldest first. */
    @Transactional(readOnly = true)
    public List<QueuedPair> queue() {
        return queue(QueueFilter.ALL);
    }

    @Transactional(readOnly = true)
    public List<QueuedPair> queue(QueueFilter filter) {
        return reviews.submitted(filter, QUEUE_LIMIT, currentUser.require().id());
    }

    /**
     * Decides on a submitted pair, on the version the editor read. A note is required unless approving.
     * The editor may not be the pair's author (refused here, and by the database).
     */
    public ClaimPair decide(long pairId, int version, Decision decision, String note) {
        String cleanNote = Limits.checked(note, Limits.NOTE, "The note");
        if (decision == null) {
            throw new IllegalArgumentException("Choose a decision: approve, reject or request changes.");
        }
        if (decision.needsNote() && cleanNote == null) {
            throw new IllegalArgumentException("Say why: a note is required to reject a pair or to request changes.");
        }
        ClaimPair after = pairing.changeStatusAsEditor(
                pairId,
                version,
                PairStatus.SUBMITTED,
                decision.resultingStatus(),
                decision.name().toLowerCase());
        Seal seal = seals.current(pairId);
        String hash = seal.hash(json);
        reviews.insert(
                pairId, after.authorId(), currentUser.require().id(), decision, cleanNote, seal.json(json), hash);
        audit.record(
                "review_" + decision.name().toLowerCase(),
                "review",
                pairId,
                after.meetingId(),
                null,
                Map.of(
                        "pairId",
                        pairId,
                        "decision",
                        decision.name(),
                        "note",
                        cleanNote == null ? "" : cleanNote,
                        "contentHash",
                        hash));
        return after;
    }

    /** Reopens an approved pair so its author can change it; the approval is voided, with the reason. */
    public ClaimPair reopen(long pairId, int version, String reason) {
        String cleanReason = Limits.checked(reason, Limits.NOTE, "The reason");
        if (cleanReason == null) {
            throw new IllegalArgumentException("Say why the approved pair is reopened.");
        }
        ClaimPair after = pairing.changeStatusAsEditor(
                pairId, version, PairStatus.APPROVED, PairStatus.CHANGES_REQUESTED, "reopen");
        reviews.voidApprovals(pairId, "Reopened: " + cleanReason);
        Seal seal = seals.current(pairId);
        reviews.insert(
                pairId,
                after.authorId(),
                currentUser.require().id(),
                Decision.REQUEST_CHANGES,
                "Reopened: " + cleanReason,
                seal.json(json),
                seal.hash(json));
        return after;
    }

    /**
     * The seal of an approved pair (or of one sent back because its seal broke): whether it holds and what
     * changed; empty for pairs that are neither.
     */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public Optional<SealState> seal(long pairId) {
        ClaimPair pair = pairing.get(pairId);
        if (pair.rereviewReason() != null) {
            return Optional.of(
                    new SealState(false, List.of(pair.rereviewReason().split("; "))));
        }
        if (pair.status() != PairStatus.APPROVED) {
            return Optional.empty();
        }
        return Optional.of(seals.broken(ReviewRepository.thePair(pairId)).getOrDefault(pairId, SealState.HOLDS));
    }

    /**
     * Checks the seal of every approved pair of a meeting (of every meeting when {@code meetingId} is
     * null) and sends back those whose seal broke. Run before anything shows or exports approvals.
     */
    @PreAuthorize(Roles.IS_REVIEWER)
    public void checkSeals(Long meetingId) {
        seals.enforce(meetingId == null ? ReviewRepository.everyPair() : ReviewRepository.ofMeeting(meetingId));
    }

    /** The approved pairs of a meeting whose seal does not hold, with what changed (reports leave them out). */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public Map<Long, SealState> brokenSeals(long meetingId) {
        return seals.broken(ReviewRepository.ofMeeting(meetingId));
    }

    /** A pair with both quotes in the sentences around them, its evidence and the decisions so far. */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public PairDetail detail(long pairId) {
        ClaimPair pair = pairing.get(pairId);
        return new PairDetail(
                pair,
                inContext(pair.leftClaimId()),
                inContext(pair.rightClaimId()),
                pairing.evidence(pairId),
                reviews.ofPair(pairId));
    }

    /** The claim's quote with the sentence before and after it. */
    private PairDetail.QuoteInContext inContext(long claimId) {
        Claim claim = claims.get(claimId);
        if (claim.anchorStatus() != AnchorStatus.ANCHORED) {
            // Its offsets belong to an earlier revision: the current text around them would be another passage.
            return new PairDetail.QuoteInContext("[no longer found in the corrected text] ", claim.quote(), "");
        }
        String text = accounts.text(claim.accountId());
        List<Sentence> sentences = SentenceSplitter.split(text);
        int from = claim.start();
        int to = claim.end();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.end() > claim.start() && s.start() <= claim.start()) {
                from = sentences.get(Math.max(0, i - 1)).start();
            }
            if (s.start() < claim.end() && s.end() >= claim.end()) {
                to = sentences.get(Math.min(sentences.size() - 1, i + 1)).end();
            }
        }
        from = Math.min(from, claim.start());
        to = Math.max(to, claim.end());
        return new PairDetail.QuoteInContext(
                text.substring(from, claim.start()), claim.quote(), text.substring(claim.end(), to));
    }

    /** Every decision on a pair, newest first (voided ones too). */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public List<ReviewRecord> reviewsOf(long pairId) {
        pairing.get(pairId);
        return reviews.ofPair(pairId);
    }

    /** The signed-in reviewer's pairs, with the last editor's decision and note on each. */
    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public List<MyPair> myPairs() {
        List<ClaimPair> mine = pairing.mine();
        Map<Long, ReviewRecord> latest =
                reviews.latest(mine.stream().map(ClaimPair::id).toList());
        Map<Long, String> titles = meetings.titles(
                mine.stream().map(ClaimPair::meetingId).distinct().toList());
        return mine.stream()
                .map(p -> {
                    Optional<ReviewRecord> last = Optional.ofNullable(latest.get(p.id()));
                    return new MyPair(
                            p,
                            titles.get(p.meetingId()),
                            last.map(ReviewRecord::decision).orElse(null),
                            last.map(ReviewRecord::note).orElse(null),
                            last.map(ReviewRecord::editor).orElse(null));
                })
                .toList();
    }

    /** Adds to a pair's discussion; reviewers and editors alike. */
    @PreAuthorize(Roles.IS_REVIEWER)
    public PairComment comment(long pairId, String body) {
        String clean = Limits.checked(body, Limits.NOTE, "The comment");
        if (clean == null) {
            throw new IllegalArgumentException("Write something first.");
        }
        ClaimPair pair = pairing.get(pairId);
        PairComment created = reviews.comment(
                reviews.insertComment(pairId, currentUser.require().id(), clean));
        audit.record("comment", "pair_comment", created.id(), pair.meetingId(), null, created);
        return created;
    }

    @PreAuthorize(Roles.IS_REVIEWER)
    @Transactional(readOnly = true)
    public List<PairComment> comments(long pairId) {
        pairing.get(pairId);
        return reviews.comments(pairId);
    }
}

package org.parallax.api;

import java.net.URI;
import java.util.List;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.audit.AuditEntry;
import org.parallax.base.PairStatus;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.history.HistoryService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.PairComment;
import org.parallax.review.ReviewRecord;
import org.parallax.review.ReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the screens show, for scripts: a meeting's accounts and pairs (a page at a time), an account's
 * claims, a pair's evidence, decisions, comments and history, and the meeting's history. The services
 * apply the same visibility as on the screens (a blind second reviewer reads none of the hidden pairs).
 */
@RestController
class ReadingApi {

    private final MeetingService meetings;
    private final AccountService accounts;
    private final ClaimService claims;
    private final PairingService pairing;
    private final ReviewService reviews;
    private final HistoryService history;

    ReadingApi(
            MeetingService meetings,
            AccountService accounts,
            ClaimService claims,
            PairingService pairing,
            ReviewService reviews,
            HistoryService history) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.claims = claims;
        this.pairing = pairing;
        this.reviews = reviews;
        this.history = history;
    }

    @GetMapping("/api/v1/meetings/{id}/accounts")
    List<AccountSummary> accountsOf(@PathVariable long id) {
        meetings.get(id);
        return accounts.ofMeeting(id);
    }

    /**
     * The meeting's pairs the caller may see, newest pair first, a page at a time; narrowed by relation
     * ({@code contradicts}, {@code partly_contradicts}, {@code consistent}), status ({@code draft},
     * {@code submitted}, {@code approved}, {@code rejected}, {@code changes_requested}), a party code on
     * either side and the topic. {@code X-Total-Count} says how many pass the filter.
     */
    @GetMapping("/api/v1/meetings/{id}/pairs")
    ResponseEntity<List<ClaimPair>> pairsOf(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String relation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String topic) {
        ApiRequests.checkPage(offset, limit);
        meetings.get(id);
        PairFilter filter = new PairFilter(
                Choices.optional(Relation.class, "relation", relation),
                Choices.optional(PairStatus.class, "status", status),
                party == null || party.isBlank() ? null : party.strip(),
                topic == null || topic.isBlank() ? null : topic.strip());
        return ResponseEntity.ok()
                .header("X-Total-Count", Integer.toString(pairing.countOfMeeting(id, filter)))
                .body(pairing.ofMeeting(id, filter, offset, limit));
    }

    @GetMapping("/api/v1/meetings/{id}/history")
    List<AuditEntry> meetingHistory(@PathVariable long id) {
        meetings.get(id);
        return history.ofMeeting(id);
    }

    @GetMapping("/api/v1/accounts/{id}/claims")
    List<Claim> claimsOf(@PathVariable long id) {
        accounts.get(id);
        return claims.ofAccount(id);
    }

    @GetMapping("/api/v1/pairs/{id}/evidence")
    List<NewEvidence> evidence(@PathVariable long id) {
        return pairing.evidence(id);
    }

    /** Every editor's decision on the pair, newest first (voided approvals too, with why). */
    @GetMapping("/api/v1/pairs/{id}/reviews")
    List<ReviewRecord> reviewsOf(@PathVariable long id) {
        return reviews.reviewsOf(id);
    }

    @GetMapping("/api/v1/pairs/{id}/history")
    List<AuditEntry> pairHistory(@PathVariable long id) {
        pairing.get(id);
        return history.ofPair(id);
    }

    @GetMapping("/api/v1/pairs/{id}/comments")
    List<PairComment> comments(@PathVariable long id) {
        return reviews.comments(id);
    }

    /** Adds to the pair's discussion: {"body"}. */
    @PostMapping("/api/v1/pairs/{id}/comments")
    ResponseEntity<PairComment> comment(@PathVariable long id, @RequestBody ApiRequests.CommentRequest request) {
        PairComment created = reviews.comment(id, request.body());
        return ResponseEntity.created(URI.create("/api/v1/pairs/" + id + "/comments"))
                .body(created);
    }
}

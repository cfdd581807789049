package org.parallax.api;

import java.util.List;
import org.parallax.base.NotFoundException;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.MyPair;
import org.parallax.review.QueueFilter;
import org.parallax.review.QueuedPair;
import org.parallax.review.ReviewService;
import org.parallax.review.SealState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue and what surrounds a decision: reopening an approval, approval seals, one's own pairs. */
@RestController
class ReviewApi {

    private final ReviewService reviews;
    private final PairingService pairing;

    ReviewApi(ReviewService reviews, PairingService pairing) {
        this.reviews = reviews;
        this.pairing = pairing;
    }

    /**
     * Submitted pairs waiting for an editor (editors), oldest first; {@code text} matches the meeting's
     * title, {@code party} a party code on either side, {@code olderThanDays} keeps those waiting longer.
     */
    @GetMapping("/api/v1/review-queue")
    List<QueuedPair> queue(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String relation,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) Integer olderThanDays) {
        if (olderThanDays != null && olderThanDays < 0) {
            throw new IllegalArgumentException("olderThanDays must be 0 or more.");
        }
        Relation chosen = Choices.optional(Relation.class, "relation", relation);
        // As the queue screen: approvals whose seal broke come back to the queue first.
        reviews.checkSeals(null);
        return reviews.queue(new QueueFilter(text, party, topic, chosen, author, olderThanDays));
    }

    /** Sends an approved pair back to its author (editors), with the reason, on the version read (If-Match). */
    @PostMapping("/api/v1/pairs/{id}/reopen")
    ResponseEntity<ClaimPair> reopen(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.ReopenRequest request) {
        ClaimPair reopened =
                reviews.reopen(id, Versions.required(ifMatch, pairing.get(id).version()), request.reason());
        return Versions.tagged(reopened, reopened.version());
    }

    /** Whether an approval still holds for what was approved (404 for a pair that was never approved). */
    @GetMapping("/api/v1/pairs/{id}/seal")
    SealState seal(@PathVariable long id) {
        return reviews.seal(id).orElseThrow(() -> new NotFoundException("Approval of claim pair", id));
    }

    /** The caller's own pairs with the last decision on each. */
    @GetMapping("/api/v1/my/pairs")
    List<MyPair> myPairs() {
        reviews.checkSeals(null);
        return reviews.myPairs();
    }
}

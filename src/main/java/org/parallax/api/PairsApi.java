package org.parallax.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.claim.ClaimService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
class PairsApi {

    private final PairingService pairing;
    private final ClaimService claims;
    private final ReviewService reviews;
    private final JsonMapper json;
    private final MeetingService meetings;

    PairsApi(
            PairingService pairing,
            ClaimService claims,
            ReviewService reviews,
            JsonMapper json,
            MeetingService meetings) {
        this.meetings = meetings;
        this.json = json;
        this.pairing = pairing;
        this.claims = claims;
        this.reviews = reviews;
    }

    /** A draft pair of two claims of the meeting; relation is contradicts, partly_contradicts or consistent. */
    @PostMapping("/api/v1/meetings/{id}/pairs")
    ResponseEntity<ClaimPair> link(@PathVariable long id, @RequestBody ApiRequests.PairRequest request) {
        meetings.get(id);
        if (request.leftClaimId() == null || request.rightClaimId() == null) {
            throw new IllegalArgumentException("Send leftClaimId and rightClaimId.");
        }
        if (claims.get(request.leftClaimId()).meetingId() != id
                || claims.get(request.rightClaimId()).meetingId() != id) {
            throw new IllegalArgumentException("Both claims must belong to meeting " + id + ".");
        }
        ClaimPair created = pairing.link(new NewPair(
                request.leftClaimId(),
                request.rightClaimId(),
                Choices.of(Relation.class, "relation", request.relation()),
                request.rationale(),
                request.topic()));
        return ResponseEntity.created(URI.create("/api/v1/pairs/" + created.id()))
                .body(created);
    }

    /**
     * The pair (404 when it does not exist or is hidden from the caller, as in a blind agreement round),
     * with its approval's {@code seal} when it is approved or was sent back because the seal broke.
     */
    @GetMapping("/api/v1/pairs/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
        reviews.checkSeals(pairing.get(id).meetingId());
        ClaimPair pair = pairing.get(id);
        Map<String, Object> body = json.convertValue(pair, new TypeReference<LinkedHashMap<String, Object>>() {});
        reviews.seal(id).ifPresent(seal -> body.put("seal", Map.of("holds", seal.holds(), "changed", seal.changed())));
        return Versions.tagged(body, pair.version());
    }

    /** Deletes one's own draft (or a pair sent back for changes), as read (If-Match). */
    @DeleteMapping("/api/v1/pairs/{id}")
    ResponseEntity<Void> delete(
            @PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        pairing.delete(id, Versions.required(ifMatch, pairing.get(id).version()));
        return ResponseEntity.noContent().build();
    }

    /** Hands one's own draft to the editors, as read (If-Match). */
    @PostMapping("/api/v1/pairs/{id}/submit")
    ResponseEntity<ClaimPair> submit(
            @PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ClaimPair submitted =
                pairing.submit(id, Versions.required(ifMatch, pairing.get(id).version()));
        return Versions.tagged(submitted, submitted.version());
    }

    /**
     * An editor's decision (approve, reject, request_changes; a note for the last two) on the version the
     * editor read (If-Match); never on one's own pair.
     */
    @PostMapping("/api/v1/pairs/{id}/review")
    ResponseEntity<ClaimPair> review(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.ReviewRequest request) {
        Decision decision = Choices.of(Decision.class, "decision", request.decision());
        ClaimPair decided =
                reviews.decide(id, Versions.required(ifMatch, pairing.get(id).version()), decision, request.note());
        return Versions.tagged(decided, decided.version());
    }
}

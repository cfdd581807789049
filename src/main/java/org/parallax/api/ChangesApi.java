package org.parallax.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.parallax.agreement.AgreementResult;
import org.parallax.agreement.AgreementService;
import org.parallax.agreement.Settlement;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.security.NewUser;
import org.parallax.security.SignInFailure;
import org.parallax.security.UserService;
import org.parallax.security.UserSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes a script makes as a person does on the screens, each on the version read (If-Match): a
 * meeting's details, a draft pair, an agreement round's settlement; users and roles for admins.
 */
@RestController
class ChangesApi {

    private final MeetingService meetings;
    private final PairingService pairing;
    private final AgreementService agreement;
    private final UserService users;

    ChangesApi(MeetingService meetings, PairingService pairing, AgreementService agreement, UserService users) {
        this.meetings = meetings;
        this.pairing = pairing;
        this.agreement = agreement;
        this.users = users;
    }

    /** Title, dates, place, description and whether it is archived; its creator or an editor. */
    @PatchMapping("/api/v1/meetings/{id}")
    ResponseEntity<MeetingSummary> updateMeeting(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.MeetingRequest request) {
        MeetingSummary before = meetings.get(id);
        int version = Versions.required(ifMatch, before.version());
        if (request.archived() != null && request.archived() != before.archived()) {
            before = meetings.setArchived(id, version, request.archived());
            version = before.version();
        }
        if (request.title() == null
                && request.startDate() == null
                && request.endDate() == null
                && request.location() == null
                && request.description() == null) {
            return Versions.tagged(before, before.version());
        }
        MeetingSummary after = meetings.update(
                id,
                version,
                new NewMeeting(
                        request.title() != null ? request.title() : before.title(),
                        request.startDate() != null ? request.startDate() : before.startsOn(),
                        request.endDate() != null ? request.endDate() : before.endsOn(),
                        request.location() != null ? request.location() : before.location(),
                        request.description() != null ? request.description() : before.description()));
        return Versions.tagged(after, after.version());
    }

    /** Relation, rationale, topic and evidence of one's own draft (or of a pair sent back for changes). */
    @PatchMapping("/api/v1/pairs/{id}")
    ResponseEntity<ClaimPair> updatePair(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.PairUpdate request) {
        ClaimPair before = pairing.get(id);
        int version = Versions.required(ifMatch, before.version());
        List<NewEvidence> evidence = request.evidence() != null ? request.evidence() : pairing.evidence(id);
        ClaimPair after = pairing.update(
                id,
                version,
                request.relation() != null
                        ? Choices.of(Relation.class, "relation", request.relation())
                        : before.relation(),
                request.rationale() != null ? request.rationale() : before.rationale(),
                request.topic() != null ? request.topic() : before.topic(),
                evidence);
        return Versions.tagged(after, after.version());
    }

    /** The second reviewer of an open round pairs two claims blind: {"leftClaimId","rightClaimId","relation","rationale","topic"}. */
    @PostMapping("/api/v1/agreement-rounds/{id}/blind-pairs")
    ResponseEntity<Void> pairBlind(@PathVariable long id, @RequestBody ApiRequests.PairRequest request) {
        if (request.leftClaimId() == null || request.rightClaimId() == null) {
            throw new IllegalArgumentException("Send leftClaimId and rightClaimId.");
        }
        agreement.pairBlind(
                id,
                new NewPair(
                        request.leftClaimId(),
                        request.rightClaimId(),
                        Choices.of(Relation.class, "relation", request.relation()),
                        request.rationale(),
                        request.topic()));
        return ResponseEntity.created(URI.create("/api/v1/agreement-rounds/" + id))
                .build();
    }

    /** An editor settles a couple the two reviewers differ on: {"lowClaimId","highClaimId","keep":"first|second|neither"}. */
    @PostMapping("/api/v1/agreement-rounds/{id}/settlements")
    AgreementResult settle(@PathVariable long id, @RequestBody ApiRequests.SettlementRequest request) {
        if (request.lowClaimId() == null || request.highClaimId() == null) {
            throw new IllegalArgumentException("Send lowClaimId and highClaimId.");
        }
        return agreement.settle(
                id, request.lowClaimId(), request.highClaimId(), Choices.of(Settlement.class, "keep", request.keep()));
    }

    @GetMapping("/api/v1/users")
    List<UserSummary> users() {
        return users.list();
    }

    @GetMapping("/api/v1/users/{id}")
    ResponseEntity<UserSummary> user(@PathVariable long id) {
        UserSummary user = users.get(id);
        return Versions.tagged(user, user.version());
    }

    /** Failed sign-ins on the login page and the token endpoint, newest first (admins). */
    @GetMapping("/api/v1/sign-in-failures")
    List<SignInFailure> signInFailures() {
        return users.recentFailedSignIns();
    }

    /** A new user (admins): {"username","displayName","role","password"}. */
    @PostMapping("/api/v1/users")
    ResponseEntity<UserSummary> createUser(@RequestBody NewUser request) {
        UserSummary created = users.create(new NewUser(
                request.username(),
                request.displayName(),
                request.role() == null ? null : request.role().strip().toUpperCase(Locale.ROOT),
                request.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(created);
    }

    /** Role, enabled, or a new password (admins); each ends the user's sessions and revokes their tokens where it should. */
    @PatchMapping("/api/v1/users/{id}")
    ResponseEntity<UserSummary> updateUser(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.UserUpdate request) {
        UserSummary user = users.get(id);
        int version = Versions.required(ifMatch, user.version());
        if (request.role() != null) {
            user = users.changeRole(id, version, request.role().strip().toUpperCase(Locale.ROOT));
            version = user.version();
        }
        if (request.enabled() != null) {
            user = users.setEnabled(id, version, request.enabled());
            version = user.version();
        }
        if (request.password() != null) {
            user = users.resetPassword(id, version, request.password());
        }
        return Versions.tagged(user, user.version());
    }
}

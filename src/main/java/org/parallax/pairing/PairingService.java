package org.parallax.pairing;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.parallax.audit.AuditService;
import org.parallax.base.NotFoundException;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim pairs: two claims from accounts of different parties of the same meeting. The database refuses
 * a bad pair as well; the checks here are there to give a clear message first.
 */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class PairingService {

    private final PairRepository pairs;
    private final CurrentUser currentUser;
    private final AuditService audit;

    PairingService(PairRepository pairs, CurrentUser currentUser, AuditService audit) {
        this.pairs = pairs;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Links two claims into a DRAFT pair authored by the signed-in user. */
    public ClaimPair link(NewPair pair) {
        if (pair.relation() == null) {
            throw new IllegalArgumentException("Choose a relation: contradicts, partly contradicts or consistent.");
        }
        String rationale = pair.rationale() == null || pair.rationale().isBlank() ? null : pair.rationale().strip();
        if (rationale == null && pair.relation() != Relation.CONSISTENT) {
            throw new IllegalArgumentException("Say why the claims " + pair.relation().label() + " each other: a rationale is required.");
        }
        var left = pairs.claimSide(pair.leftClaimId()).orElseThrow(() -> new NotFoundException("Claim", pair.leftClaimId()));
        var right = pairs.claimSide(pair.rightClaimId()).orElseThrow(() -> new NotFoundException("Claim", pair.rightClaimId()));
        if (left.meetingId() != right.meetingId()) {
            throw new IllegalArgumentException("Both claims must come from accounts of the same meeting.");
        }
        if (left.partyId() == right.partyId()) {
            throw new IllegalArgumentException("Both claims come from the same party; a pair links two different parties.");
        }
        if (pairs.coupleExists(left.id(), right.id())) {
            throw new IllegalArgumentException("These two claims are already paired.");
        }
        NewPair clean = new NewPair(left.id(), right.id(), pair.relation(), rationale,
                pair.topic() == null || pair.topic().isBlank() ? null : pair.topic().strip());
        long id = pairs.insert(left, right, clean, currentUser.require().id());
        ClaimPair created = get(id);
        audit.record("create", "claim_pair", id, created.meetingId(), null, created);
        return created;
    }

    @Transactional(readOnly = true)
    public ClaimPair get(long id) {
        return pairs.findById(id).orElseThrow(() -> new NotFoundException("Claim pair", id));
    }

    @Transactional(readOnly = true)
    public List<ClaimPair> ofMeeting(long meetingId) {
        return pairs.findByMeeting(meetingId);
    }
}

package org.parallax.pairing;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.parallax.audit.AuditService;
import org.parallax.base.NotFoundException;
import org.parallax.base.StaleData;
import org.parallax.base.Texts;
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
        long authorId = currentUser.require().id();
        long id = pairs.insert(left, right, clean, authorId);
        List<NewEvidence> evidence = checkedEvidence(pair.evidence());
        for (int i = 0; i < evidence.size(); i++) {
            pairs.insertEvidence(id, i, evidence.get(i), authorId);
        }
        ClaimPair created = get(id);
        audit.record("create", "claim_pair", id, created.meetingId(), null, created);
        return created;
    }

    /** Changes a draft's relation, rationale, topic and evidence; only its author may, and only on the version read. */
    public ClaimPair update(long id, int version, Relation relation, String rationale, String topic, List<NewEvidence> evidence) {
        ClaimPair before = get(id);
        requireOwnDraft(before);
        if (relation == null) {
            throw new IllegalArgumentException("Choose a relation: contradicts, partly contradicts or consistent.");
        }
        String cleanRationale = Texts.blankToNull(rationale);
        if (cleanRationale == null && relation != Relation.CONSISTENT) {
            throw new IllegalArgumentException("Say why the claims " + relation.label() + " each other: a rationale is required.");
        }
        if (!pairs.update(id, version, relation, cleanRationale, Texts.blankToNull(topic))) {
            throw stale();
        }
        List<NewEvidence> clean = checkedEvidence(evidence);
        pairs.deleteEvidence(id);
        long authorId = currentUser.require().id();
        for (int i = 0; i < clean.size(); i++) {
            pairs.insertEvidence(id, i, clean.get(i), authorId);
        }
        ClaimPair after = get(id);
        audit.record("update", "claim_pair", id, after.meetingId(), before, after);
        return after;
    }

    /** Deletes a draft pair; only its author may. */
    public void delete(long id, int version) {
        ClaimPair before = get(id);
        requireOwnDraft(before);
        if (!pairs.delete(id, version)) {
            throw stale();
        }
        audit.record("delete", "claim_pair", id, before.meetingId(), before, null);
    }

    @Transactional(readOnly = true)
    public List<NewEvidence> evidence(long pairId) {
        return pairs.evidence(pairId);
    }

    private void requireOwnDraft(ClaimPair pair) {
        if (pair.authorId() != currentUser.require().id()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the author of a pair can change or delete it.");
        }
        if (!pair.status().equals("DRAFT")) {
            throw new IllegalArgumentException("Only draft pairs can be changed or deleted; this one is " + pair.status().toLowerCase() + ".");
        }
    }

    private static List<NewEvidence> checkedEvidence(List<NewEvidence> evidence) {
        if (evidence == null) {
            return List.of();
        }
        return evidence.stream()
                .filter(e -> Texts.blankToNull(e.url()) != null || Texts.blankToNull(e.note()) != null || Texts.blankToNull(e.title()) != null)
                .map(e -> {
                    String url = Texts.blankToNull(e.url());
                    if (url != null && !url.matches("(?i)https?://\\S+")) {
                        throw new IllegalArgumentException("Evidence links must start with http:// or https://.");
                    }
                    if (url == null && Texts.blankToNull(e.note()) == null) {
                        throw new IllegalArgumentException("Evidence needs a link or a note.");
                    }
                    return new NewEvidence(url, Texts.blankToNull(e.title()), Texts.blankToNull(e.note()));
                })
                .toList();
    }

    private static org.springframework.dao.OptimisticLockingFailureException stale() {
        return StaleData.of("This pair");
    }


    @Transactional(readOnly = true)
    public ClaimPair get(long id) {
        return pairs.findById(id).orElseThrow(() -> new NotFoundException("Claim pair", id));
    }

    @Transactional(readOnly = true)
    public List<ClaimPair> ofMeeting(long meetingId) {
        return pairs.findByMeeting(meetingId);
    }

    /** One page of a meeting's pairs, newest change first, for lists that load lazily. */
    @Transactional(readOnly = true)
    public List<ClaimPair> ofMeeting(long meetingId, int offset, int limit) {
        return pairs.findByMeeting(meetingId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countOfMeeting(long meetingId) {
        return pairs.countByMeeting(meetingId);
    }
}

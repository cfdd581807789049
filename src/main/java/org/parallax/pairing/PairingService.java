package org.parallax.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.audit.AuditService;
import org.parallax.base.FieldRefusal;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.parallax.base.PairStatus;
import org.parallax.base.StaleData;
import org.parallax.base.Texts;
import org.parallax.claim.Claim;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.parallax.suggestion.SuggestionKey;
import org.parallax.suggestion.SuggestionService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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

    static final String BLIND = "You are pairing this meeting blind in an agreement round: your pairs go to the round "
            + "(pair in the comparison screen), not to the meeting's pairs, until an editor settles it.";

    /** The states in which the author may still change a pair. */
    private final PairRepository pairs;

    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SuggestionService suggestions;

    PairingService(PairRepository pairs, CurrentUser currentUser, AuditService audit, SuggestionService suggestions) {
        this.pairs = pairs;
        this.currentUser = currentUser;
        this.audit = audit;
        this.suggestions = suggestions;
    }

    /**
     * Takes a suggested contradiction: its two claims (made where the passages are not claims yet) and a
     * DRAFT pair of them with the relation and rationale the person confirmed, all or nothing. A blind
     * reviewer's pair goes to their round, as any pair of theirs.
     */
    public AcceptedSuggestion accept(
            long meetingId, SuggestionKey key, Relation relation, String rationale, String topic) {
        List<Claim> made = suggestions.claimsFor(meetingId, key);
        long left = made.get(0).id();
        long right = made.get(1).id();
        NewPair pair = new NewPair(left, right, relation, rationale, topic);
        if (pairs.blindRound(meetingId, currentUser.require().id()).isPresent()) {
            linkBlind(pair);
            return new AcceptedSuggestion(left, right, null);
        }
        return new AcceptedSuggestion(left, right, link(pair));
    }

    /** Links two claims into a DRAFT pair authored by the signed-in user. */
    public ClaimPair link(NewPair pair) {
        Checked checked = checked(pair);
        // Refused before looking at existing pairs, so the answer tells a blind reviewer nothing of them.
        if (pairs.blindRound(checked.left().meetingId(), currentUser.require().id())
                .isPresent()) {
            throw new IllegalArgumentException(BLIND);
        }
        if (pairs.coupleExists(checked.left().id(), checked.right().id())) {
            throw new IllegalArgumentException("These two claims are already paired.");
        }
        long authorId = currentUser.require().id();
        long id = pairs.insert(checked.left(), checked.right(), checked.pair(), authorId);
        insertEvidence(id, checkedEvidence(pair.evidence()), authorId);
        ClaimPair created = get(id);
        audit.record("create", "claim_pair", id, created.meetingId(), null, created);
        return created;
    }

    /**
     * The second reviewer of an open agreement round links two claims of its meeting: the pair is kept
     * for the round (relation, rationale, topic), apart from the meeting's pairs, so both reviewers may
     * pair the same claims.
     */
    public BlindPairing linkBlind(NewPair pair) {
        Checked checked = checked(pair);
        long roundId = pairs.blindRound(
                        checked.left().meetingId(), currentUser.require().id())
                .orElseThrow(() -> new IllegalArgumentException(
                        "You are not pairing this meeting blind: no agreement round of yours is open on it."));
        if (!checkedEvidence(pair.evidence()).isEmpty()) {
            throw new IllegalArgumentException(
                    "A blind pair keeps its relation, rationale and topic; add evidence to the pair "
                            + "that stands once an editor has settled the round.");
        }
        if (pairs.blindCoupleExists(
                roundId, checked.left().id(), checked.right().id())) {
            throw new IllegalArgumentException("You have paired these two claims already.");
        }
        long id = pairs.insertBlind(roundId, checked.pair());
        audit.record(
                "pair_blind",
                "agreement_round",
                roundId,
                checked.left().meetingId(),
                null,
                Map.of(
                        "blindPairId",
                        id,
                        "leftClaimId",
                        checked.left().id(),
                        "rightClaimId",
                        checked.right().id(),
                        "relation",
                        checked.pair().relation().name()));
        return new BlindPairing(roundId, pairs.blindCount(roundId));
    }

    /** The viewer's open blind round on the meeting and their blind pairs so far; empty when they do not pair it blind. */
    @Transactional(readOnly = true)
    public Optional<BlindPairing> blindPairing(long meetingId) {
        return pairs.blindRound(meetingId, currentUser.require().id())
                .map(round -> new BlindPairing(round, pairs.blindCount(round)));
    }

    /** Two claims that may be paired, and the pair as it is to be stored. */
    private record Checked(PairRepository.ClaimSide left, PairRepository.ClaimSide right, NewPair pair) {}

    private Checked checked(NewPair pair) {
        String rationale = checkedRationale(pair.relation(), pair.rationale());
        var left = pairs.claimSide(pair.leftClaimId())
                .orElseThrow(() -> new NotFoundException("Claim", pair.leftClaimId()));
        var right = pairs.claimSide(pair.rightClaimId())
                .orElseThrow(() -> new NotFoundException("Claim", pair.rightClaimId()));
        if (left.meetingId() != right.meetingId()) {
            throw new IllegalArgumentException("Both claims must come from accounts of the same meeting.");
        }
        if (left.partyId() == right.partyId()) {
            throw new IllegalArgumentException(
                    "Both claims come from the same party; a pair links two different parties.");
        }
        return new Checked(
                left,
                right,
                new NewPair(
                        left.id(),
                        right.id(),
                        pair.relation(),
                        rationale,
                        FieldRefusal.at("topic", () -> Limits.checked(pair.topic(), Limits.TOPIC, "The topic")),
                        pair.evidence()));
    }

    /** The rules of a pair's relation and rationale, for new pairs and changed ones alike. */
    private static String checkedRationale(Relation relation, String rationale) {
        if (relation == null) {
            throw new FieldRefusal("relation", "Choose a relation: contradicts, partly contradicts or consistent.");
        }
        String clean = FieldRefusal.at("rationale", () -> Limits.checked(rationale, Limits.NOTE, "The rationale"));
        if (clean == null && relation != Relation.CONSISTENT) {
            throw new FieldRefusal(
                    "rationale", "Say why one claim " + relation.label() + " the other: a rationale is required.");
        }
        return clean;
    }

    private void insertEvidence(long pairId, List<NewEvidence> evidence, long authorId) {
        for (int i = 0; i < evidence.size(); i++) {
            pairs.insertEvidence(pairId, i, evidence.get(i), authorId);
        }
    }

    /**
     * Changes a draft's relation, rationale, topic and evidence (or those of a pair an editor sent back);
     * only its author may, and only on the version read. Submitted and approved pairs are frozen.
     */
    public ClaimPair update(
            long id, int version, Relation relation, String rationale, String topic, List<NewEvidence> evidence) {
        ClaimPair before = get(id);
        requireOwnEditable(before);
        String cleanRationale = checkedRationale(relation, rationale);
        String cleanTopic = FieldRefusal.at("topic", () -> Limits.checked(topic, Limits.TOPIC, "The topic"));
        if (!pairs.update(id, version, relation, cleanRationale, cleanTopic)) {
            throw stale();
        }
        List<NewEvidence> clean = checkedEvidence(evidence);
        pairs.deleteEvidence(id);
        insertEvidence(id, clean, currentUser.require().id());
        ClaimPair after = get(id);
        audit.record("update", "claim_pair", id, after.meetingId(), before, after);
        return after;
    }

    /**
     * The author hands a draft (or a pair an editor sent back) to the editors. Only then can an editor
     * decide on it.
     */
    public ClaimPair submit(long id, int version) {
        ClaimPair before = get(id);
        requireOwnEditable(before);
        if (!pairs.setStatus(id, version, PairStatus.SUBMITTED)) {
            throw stale();
        }
        ClaimPair after = get(id);
        audit.record("submit", "claim_pair", id, after.meetingId(), before, after);
        return after;
    }

    /** The signed-in person's drafts in the meeting, oldest first: what "Submit all my drafts" hands in. */
    @Transactional(readOnly = true)
    public List<ClaimPair> myDrafts(long meetingId) {
        return pairs.findDrafts(meetingId, currentUser.require().id());
    }

    /**
     * Hands every draft of the signed-in person in the meeting to the editors at once, all or none: if
     * one changed meanwhile (someone deleted its claim, the person submitted it in another tab), nothing is
     * submitted and the person sees the list as it is now. Returns the pairs as submitted.
     */
    public List<ClaimPair> submitMyDrafts(long meetingId, List<Long> expectedIds) {
        List<ClaimPair> drafts = myDrafts(meetingId);
        if (expectedIds != null && !drafts.stream().map(ClaimPair::id).toList().equals(expectedIds)) {
            throw new OptimisticLockingFailureException("Your drafts in this meeting changed meanwhile (one was "
                    + "made, submitted or deleted elsewhere). Look at the list again; nothing was submitted.");
        }
        List<AuditService.Change> changes = new ArrayList<>();
        List<ClaimPair> submitted = new ArrayList<>();
        for (ClaimPair draft : drafts) {
            if (!pairs.setStatus(draft.id(), draft.version(), PairStatus.SUBMITTED)) {
                throw stale();
            }
            ClaimPair after = get(draft.id());
            submitted.add(after);
            changes.add(new AuditService.Change(draft.id(), draft, after));
        }
        audit.recordAll("submit", "claim_pair", meetingId, changes);
        return submitted;
    }

    /**
     * Moves a pair from one status to another for an editor's decision (see ReviewService). Refused for
     * the pair's own author, whatever their role: four eyes.
     */
    @PreAuthorize(Roles.IS_EDITOR)
    public ClaimPair changeStatusAsEditor(long id, int version, PairStatus expected, PairStatus next, String action) {
        ClaimPair before = get(id);
        if (before.authorId() == currentUser.require().id()) {
            throw new AccessDeniedException("Editors cannot decide on pairs they wrote.");
        }
        if (before.status() != expected) {
            throw new IllegalArgumentException(
                    "This pair is " + before.status().label() + ", not " + expected.label() + ".");
        }
        if (!pairs.setStatus(id, version, next)) {
            throw stale();
        }
        ClaimPair after = get(id);
        audit.record(action, "claim_pair", id, after.meetingId(), before, after);
        return after;
    }

    /** The signed-in person's own pairs, newest change first. */
    @Transactional(readOnly = true)
    public List<ClaimPair> mine() {
        return pairs.findByAuthor(currentUser.require().id());
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
        get(pairId);
        return pairs.evidence(pairId);
    }

    private void requireOwnEditable(ClaimPair pair) {
        requireAuthor(pair, "change or submit");
        if (!pair.status().editable()) {
            throw new IllegalArgumentException("This pair is " + pair.status().label()
                    + "; only drafts and pairs sent back for changes can be changed or submitted"
                    + (pair.status() == PairStatus.APPROVED ? " (an editor can reopen it)." : "."));
        }
    }

    private void requireOwnDraft(ClaimPair pair) {
        requireAuthor(pair, "change or delete");
        if (pair.status() != PairStatus.DRAFT) {
            throw new IllegalArgumentException("Only draft pairs can be changed or deleted; this one is "
                    + pair.status().label() + ".");
        }
    }

    private void requireAuthor(ClaimPair pair, String doing) {
        if (pair.authorId() != currentUser.require().id()) {
            throw new AccessDeniedException("Only the author of a pair can " + doing + " it.");
        }
    }

    private static List<NewEvidence> checkedEvidence(List<NewEvidence> evidence) {
        if (evidence == null) {
            return List.of();
        }
        // Refusals name the row as the person filled it in ("evidence.2.url"), blank rows counted.
        List<NewEvidence> kept = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            NewEvidence e = evidence.get(i);
            if (Texts.blankToNull(e.url()) == null
                    && Texts.blankToNull(e.note()) == null
                    && Texts.blankToNull(e.title()) == null) {
                continue;
            }
            String row = "evidence." + i + ".";
            String url = FieldRefusal.at(row + "url", () -> Limits.checked(e.url(), Limits.URL, "An evidence link"));
            if (url != null && !url.matches("(?i)https?://\\S+")) {
                throw new FieldRefusal(row + "url", "Evidence links must start with http:// or https://.");
            }
            if (url == null && Texts.blankToNull(e.note()) == null) {
                throw new FieldRefusal(row + "url", "Evidence needs a link or a note.");
            }
            kept.add(new NewEvidence(
                    url,
                    FieldRefusal.at(row + "title", () -> Limits.checked(e.title(), Limits.TITLE, "An evidence title")),
                    FieldRefusal.at(row + "note", () -> Limits.checked(e.note(), Limits.NOTE, "An evidence note"))));
        }
        return kept;
    }

    private static OptimisticLockingFailureException stale() {
        return StaleData.of("This pair");
    }

    @Transactional(readOnly = true)
    public ClaimPair get(long id) {
        return pairs.findById(id, currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("Claim pair", id));
    }

    /** One page of a meeting's pairs that pass the filter, newest pair first, for lists that load lazily. */
    @Transactional(readOnly = true)
    public List<ClaimPair> ofMeeting(long meetingId, PairFilter filter, int offset, int limit) {
        return pairs.findByMeeting(
                meetingId, filter, offset, limit, currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public int countOfMeeting(long meetingId, PairFilter filter) {
        return pairs.countByMeeting(meetingId, filter, currentUser.require().id());
    }
}

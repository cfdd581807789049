package org.parallax.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.audit.AuditService;
import org.parallax.base.FieldRefusal;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.parallax.base.PairStatus;
import org.parallax.base.StaleData;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims: anchored spans of an account. Every offset from the browser is checked against the stored text. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class ClaimService {

    private static final String NOT_YOURS = "Only the reviewer who made it or an editor may delete it.";

    private final ClaimRepository claims;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    ClaimService(
            ClaimRepository claims, CurrentUser currentUser, AuditService audit, ApplicationEventPublisher events) {
        this.events = events;
        this.claims = claims;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public Claim mark(NewClaim claim) {
        var revision = claims.currentRevision(claim.accountId())
                .orElseThrow(() -> new NotFoundException("Account", claim.accountId()));
        TextAnchor anchor = TextAnchor.of(revision.text(), claim.start(), claim.end(), claim.quote());
        claims.onSpan(revision.revisionId(), claim.start(), claim.end(), 0).ifPresent(existing -> {
            throw new DuplicateClaim(existing);
        });
        NewClaim clean = new NewClaim(
                claim.accountId(),
                claim.start(),
                claim.end(),
                anchor.quote(),
                Limits.checked(claim.speaker(), Limits.NAME, "The speaker"),
                Limits.checked(claim.topic(), Limits.TOPIC, "The topic"),
                claim.kind() == null ? ClaimKind.FACT : claim.kind());
        long id = claims.insert(revision, anchor, clean, currentUser.require().id())
                .orElseThrow(
                        () -> new DuplicateClaim(claims.onSpan(revision.revisionId(), claim.start(), claim.end(), 0)
                                .orElseThrow()));
        Claim created = get(id);
        audit.record("create", "claim", id, created.meetingId(), null, created);
        return created;
    }

    /** The most claims one request marks. */
    public static final int MAX_BATCH = 10_000;

    /**
     * Marks many claims of one account at once, all or none: each is checked as {@link #mark} checks one
     * (a refusal names the claim, {@code claims.3}), the text is read once and the rows go in a few
     * statements, with their history rows.
     */
    public List<Claim> markAll(long accountId, List<NewClaim> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException(
                    "Send between 1 and " + MAX_BATCH + " claims; this request has " + batch.size() + ".");
        }
        var revision = claims.currentRevision(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        Set<String> taken = claims.spansOf(revision.revisionId());
        List<TextAnchor> anchors = new ArrayList<>(batch.size());
        List<NewClaim> clean = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewClaim claim = batch.get(i);
            if (claim == null || claim.accountId() != accountId) {
                throw new FieldRefusal("claims." + i, "Claim " + i + " is not of this account.");
            }
            String field = "claims." + i;
            TextAnchor anchor = refusedAs(
                    field, i, () -> TextAnchor.of(revision.text(), claim.start(), claim.end(), claim.quote()));
            if (!taken.add(anchor.start() + ":" + anchor.end())) {
                throw new FieldRefusal(
                        field,
                        "Claim " + i + " (" + anchor.start() + "–" + anchor.end()
                                + ") is a claim already, or twice in this request.");
            }
            anchors.add(anchor);
            clean.add(new NewClaim(
                    accountId,
                    anchor.start(),
                    anchor.end(),
                    anchor.quote(),
                    refusedAs(field, i, () -> Limits.checked(claim.speaker(), Limits.NAME, "The speaker")),
                    refusedAs(field, i, () -> Limits.checked(claim.topic(), Limits.TOPIC, "The topic")),
                    claim.kind() == null ? ClaimKind.FACT : claim.kind()));
        }
        List<Long> ids =
                claims.insertAll(revision, anchors, clean, currentUser.require().id());
        List<Claim> created = claims.findAll(ids);
        audit.recordAll(
                "create",
                "claim",
                revision.meetingId(),
                created.stream()
                        .map(c -> new AuditService.Change(c.id(), null, c))
                        .toList());
        return created;
    }

    /** A check of the {@code index}th claim of a batch, its refusal naming the claim. */
    private static <T> T refusedAs(String field, int index, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException refused) {
            throw new FieldRefusal(field, "Claim " + index + ": " + refused.getMessage());
        }
    }

    /**
     * Moves the account's claims onto its new revision where their quote, prefix and suffix find them
     * exactly; flags the others for a person. Called inside the correction's transaction.
     */
    public ReanchorResult reanchor(long accountId, long newRevisionId, String newText) {
        List<Claim> before = claims.findByAccount(accountId);
        List<Reanchoring.Placement> placements = Reanchoring.placeAll(
                newText,
                before.stream()
                        .map(c -> new Reanchoring.Selector(
                                c.start(),
                                c.quote(),
                                c.prefix(),
                                c.suffix(),
                                c.anchorStatus() == AnchorStatus.ANCHORED))
                        .toList());
        List<ClaimRepository.Moved> moved = new ArrayList<>();
        List<AuditService.Change> movedChanges = new ArrayList<>();
        List<Claim> flagged = new ArrayList<>();
        List<Integer> hints = new ArrayList<>();
        Map<Long, Integer> oldLengths = claims.revisionLengthsOfAccount(accountId);
        for (int i = 0; i < before.size(); i++) {
            Claim claim = before.get(i);
            Reanchoring.Placement placement = placements.get(i);
            if (placement.found() != null) {
                moved.add(new ClaimRepository.Moved(claim.id(), placement.found()));
                movedChanges.add(new AuditService.Change(claim.id(), claim, movedTo(claim, placement.found())));
            } else {
                flagged.add(claim);
                hints.add(
                        claim.anchorStatus() == AnchorStatus.ANCHORED
                                ? placement.hint()
                                : proportionalHint(claim, oldLengths.get(claim.id()), newText.length()));
            }
        }
        List<Claim> newlyFlagged = flagged.stream()
                .filter(c -> c.anchorStatus() == AnchorStatus.ANCHORED)
                .toList();
        claims.reanchorAll(newRevisionId, newText.length(), moved);
        claims.flagAll(newlyFlagged.stream().map(Claim::id).toList());
        long meetingId = claims.meetingOf(accountId);
        audit.recordAll("reanchor", "claim", meetingId, movedChanges);
        audit.recordAll(
                "flag_for_reanchoring",
                "claim",
                meetingId,
                newlyFlagged.stream()
                        .map(c -> new AuditService.Change(c.id(), c, flaggedNow(c)))
                        .toList());
        if (!flagged.isEmpty() || !moved.isEmpty()) {
            events.publishEvent(new ClaimsMoved(meetingId, accountId));
        }
        ApproximateSearch search = flagged.isEmpty() ? null : new ApproximateSearch(newText);
        List<FlaggedClaim> needAttention = new ArrayList<>();
        for (int i = 0; i < flagged.size(); i++) {
            Claim claim = flaggedNow(flagged.get(i));
            needAttention.add(new FlaggedClaim(
                    claim,
                    Reanchoring.candidates(search, claim.quote(), claim.prefix(), claim.suffix(), hints.get(i))));
        }
        return new ReanchorResult(
                moved.stream().map(ClaimRepository.Moved::claimId).toList(), needAttention);
    }

    /** The claim as the batched update leaves it on its new place (read back, it is the same). */
    private static Claim movedTo(Claim c, TextAnchor a) {
        return new Claim(
                c.id(),
                c.accountId(),
                c.meetingId(),
                c.partyId(),
                a.start(),
                a.end(),
                c.quote(),
                a.prefix(),
                a.suffix(),
                c.speaker(),
                c.topic(),
                c.kind(),
                c.noCounterpart(),
                c.noCounterpartNote(),
                AnchorStatus.ANCHORED,
                c.version() + 1,
                c.createdBy());
    }

    private static Claim flaggedNow(Claim c) {
        return c.anchorStatus() == AnchorStatus.NEEDS_ATTENTION
                ? c
                : new Claim(
                        c.id(),
                        c.accountId(),
                        c.meetingId(),
                        c.partyId(),
                        c.start(),
                        c.end(),
                        c.quote(),
                        c.prefix(),
                        c.suffix(),
                        c.speaker(),
                        c.topic(),
                        c.kind(),
                        c.noCounterpart(),
                        c.noCounterpartNote(),
                        AnchorStatus.NEEDS_ATTENTION,
                        c.version() + 1,
                        c.createdBy());
    }

    /**
     * Changes a claim's span, speaker, topic or kind; its author or an editor may, on the version read. A
     * new span lies in the account's current text, so a claim flagged after a correction is brought back
     * this way (its id kept, its pairs following it). An approved pair holding the claim goes back to
     * review: its approval covered the claim as it was.
     */
    public Claim edit(long claimId, int version, ClaimEdit edit) {
        return change(claimId, version, edit, "edit", false);
    }

    /** Puts a claim that lost its place (or any claim) on a span of its account's current text. */
    public Claim reanchorTo(long claimId, int version, int start, int end) {
        return change(claimId, version, ClaimEdit.span(get(claimId), start, end), "reanchor_by_hand", true);
    }

    /**
     * @param place whether the span is meant for the current text even where it equals the claim's: a
     *     claim that lost its place keeps it (on its old revision) when only its details are edited
     */
    private Claim change(long claimId, int version, ClaimEdit edit, String action, boolean place) {
        Claim before = get(claimId);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "ClaimService.edit",
                "Only the reviewer who marked this claim or an editor may change it.");
        if (before.version() != version) {
            throw StaleData.of("This claim");
        }
        boolean sameSpan = edit.start() == before.start() && edit.end() == before.end();
        if (before.anchorStatus() == AnchorStatus.NEEDS_ATTENTION && sameSpan && !place) {
            return changeDetails(before, version, edit, action);
        }
        var revision = claims.currentRevision(before.accountId())
                .orElseThrow(() -> new NotFoundException("Account", before.accountId()));
        TextAnchor anchor = TextAnchor.of(revision.text(), edit.start(), edit.end(), edit.quote());
        claims.onSpan(revision.revisionId(), anchor.start(), anchor.end(), claimId)
                .ifPresent(existing -> {
                    throw new DuplicateClaim(existing);
                });
        NewClaim details = new NewClaim(
                before.accountId(),
                anchor.start(),
                anchor.end(),
                anchor.quote(),
                Limits.checked(edit.speaker(), Limits.NAME, "The speaker"),
                Limits.checked(edit.topic(), Limits.TOPIC, "The topic"),
                edit.kind() == null ? before.kind() : edit.kind());
        boolean moved = claims.revisionOf(claimId).value1() != revision.revisionId()
                || before.start() != anchor.start()
                || before.end() != anchor.end();
        List<String> changed = new ArrayList<>();
        if (moved) {
            changed.add(before.anchorStatus() == AnchorStatus.NEEDS_ATTENTION ? "place in the corrected text" : "span");
        }
        changed.addAll(detailChanges(before, details.speaker(), details.topic(), details.kind()));
        if (changed.isEmpty()) {
            return before;
        }
        if (!claims.update(claimId, version, revision, anchor, details)) {
            throw StaleData.of("This claim");
        }
        Claim after = get(claimId);
        audit.record(action, "claim", claimId, after.meetingId(), before, after);
        events.publishEvent(new ClaimEdited(after.meetingId(), claimId, changed));
        return after;
    }

    /** A claim that lost its place gets new details and stays where it was, for a person to place. */
    private Claim changeDetails(Claim before, int version, ClaimEdit edit, String action) {
        String speaker = Limits.checked(edit.speaker(), Limits.NAME, "The speaker");
        String topic = Limits.checked(edit.topic(), Limits.TOPIC, "The topic");
        ClaimKind kind = edit.kind() == null ? before.kind() : edit.kind();
        List<String> changed = detailChanges(before, speaker, topic, kind);
        if (changed.isEmpty()) {
            return before;
        }
        if (!claims.updateDetails(before.id(), version, speaker, topic, kind)) {
            throw StaleData.of("This claim");
        }
        Claim after = get(before.id());
        audit.record(action, "claim", before.id(), after.meetingId(), before, after);
        events.publishEvent(new ClaimEdited(after.meetingId(), before.id(), changed));
        return after;
    }

    private static List<String> detailChanges(Claim before, String speaker, String topic, ClaimKind kind) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.speaker(), speaker)) {
            changed.add("speaker");
        }
        if (!Objects.equals(before.topic(), topic)) {
            changed.add("topic");
        }
        if (before.kind() != kind) {
            changed.add("kind");
        }
        return changed;
    }

    /**
     * Where a claim that lost its place after a correction may belong in its account's current text, most
     * similar first; empty for a claim in place, and when nothing is similar enough.
     */
    @Transactional(readOnly = true)
    public List<AnchorCandidate> candidates(long claimId) {
        Claim claim = get(claimId);
        if (claim.anchorStatus() != AnchorStatus.NEEDS_ATTENTION) {
            return List.of();
        }
        return candidates(
                claim, claims.revisionOf(claimId).value2(), new ApproximateSearch(currentText(claim.accountId())));
    }

    /** Every claim of the account that lost its place, with its candidates (one search index for all). */
    @Transactional(readOnly = true)
    public List<FlaggedClaim> flaggedOfAccount(long accountId) {
        List<Claim> flagged = claims.findByAccount(accountId).stream()
                .filter(c -> c.anchorStatus() == AnchorStatus.NEEDS_ATTENTION)
                .toList();
        if (flagged.isEmpty()) {
            return List.of();
        }
        ApproximateSearch search = new ApproximateSearch(currentText(accountId));
        Map<Long, Integer> oldLengths = claims.revisionLengthsOfAccount(accountId);
        return flagged.stream()
                .map(claim -> new FlaggedClaim(claim, candidates(claim, oldLengths.get(claim.id()), search)))
                .toList();
    }

    /** @param oldLength the length of the revision the claim still sits on */
    private static List<AnchorCandidate> candidates(Claim claim, int oldLength, ApproximateSearch search) {
        return Reanchoring.candidates(
                search,
                claim.quote(),
                claim.prefix(),
                claim.suffix(),
                proportionalHint(claim, oldLength, search.text().length()));
    }

    /** Where a claim on an older revision would be in a text of the given length, were it scaled alike. */
    private static int proportionalHint(Claim claim, int oldLength, int newLength) {
        return (int) ((long) claim.start() * newLength / Math.max(1, oldLength));
    }

    private String currentText(long accountId) {
        return claims.currentRevision(accountId)
                .orElseThrow(() -> new NotFoundException("Account", accountId))
                .text();
    }

    /** What deleting the claim would take with it, and whether it may be deleted: for the confirmation. */
    @Transactional(readOnly = true)
    public ClaimRemoval removalOf(long claimId) {
        Claim claim = get(claimId);
        return removal(List.of(claimId), claim.meetingId(), currentUser.ownsOrEdits(claim.createdBy()));
    }

    /** What deleting the account's claims would take with them (see AccountService's deletion). */
    @Transactional(readOnly = true)
    public ClaimRemoval removalOfAccount(long accountId) {
        return removal(
                claims.idsOfAccount(accountId),
                claims.meetingOf(accountId),
                currentUser.ownsOrEdits(claims.importerOf(accountId)));
    }

    /**
     * Deletes a claim with the pairs holding it, which the person was shown first ({@link #removalOf}).
     * Its author or an editor may, while no pair holding it is submitted or approved, and only an editor
     * deletes another person's pairs with it.
     */
    public ClaimRemoval delete(long claimId, int version) {
        Claim before = get(claimId);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "ClaimService.delete",
                "Only the reviewer who marked this claim or an editor may delete it.");
        if (before.version() != version) {
            throw StaleData.of("This claim");
        }
        ClaimRemoval removal = removal(List.of(claimId), before.meetingId(), true);
        remove(removal, before.meetingId(), List.of(before));
        return removal;
    }

    /**
     * Deletes every claim of an account with the pairs holding them; called by AccountService's deletion
     * inside its transaction, and held to the same rules: the account's importer or an editor.
     */
    public ClaimRemoval deleteAllOfAccount(long accountId) {
        currentUser.requireOwnerOrEditor(
                claims.importerOf(accountId),
                "ClaimService.deleteAllOfAccount",
                "Only the reviewer who imported this account or an editor may delete it.");
        List<Claim> all = claims.findByAccount(accountId);
        long meetingId = claims.meetingOf(accountId);
        ClaimRemoval removal = removal(all.stream().map(Claim::id).toList(), meetingId, true);
        remove(removal, meetingId, all);
        return removal;
    }

    private void remove(ClaimRemoval removal, long meetingId, List<Claim> claimsBefore) {
        if (!removal.allowed()) {
            throw new IllegalArgumentException(removal.refusal());
        }
        claims.delete(removal.pairs().stream().map(ClaimRemoval.Pairing::pairId).toList(), removal.claimIds());
        removal.pairs()
                .forEach(pair -> audit.record("delete_with_claim", "claim_pair", pair.pairId(), meetingId, pair, null));
        claimsBefore.forEach(claim -> audit.record("delete", "claim", claim.id(), meetingId, claim, null));
    }

    /**
     * The pairs that would go with the claims, as the person may see them, and the first rule that forbids
     * it. While an agreement round is open on the meeting nothing goes, whoever asks: the round compares
     * pairings of these claims, and a refusal that depended on the hidden ones would tell of them.
     */
    private ClaimRemoval removal(List<Long> claimIds, long meetingId, boolean mayDelete) {
        if (claimIds.isEmpty()) {
            return new ClaimRemoval(List.of(), List.of(), mayDelete ? null : NOT_YOURS);
        }
        long me = currentUser.require().id();
        List<ClaimRemoval.Pairing> pairs = claims.pairsOf(claimIds, me);
        var blocking = pairs.stream()
                .filter(p -> p.status() == PairStatus.SUBMITTED || p.status() == PairStatus.APPROVED)
                .findFirst();
        var others = pairs.stream().filter(p -> p.authorId() != me).findFirst();
        String refusal = null;
        if (!mayDelete) {
            refusal = NOT_YOURS;
        } else if (claims.openAgreementRound(meetingId)) {
            refusal = "An agreement round is open on this meeting; its claims stay until an editor settles it.";
        } else if (blocking.isPresent()) {
            refusal = "Pair " + blocking.get().pairId() + " holds this claim and is "
                    + blocking.get().status().label()
                    + "; an editor must reject or reopen it before the claim can go.";
        } else if (claims.inAgreementRounds(claimIds)) {
            refusal = "A settled agreement round compares pairings of this claim; it stays for that record.";
        } else if (others.isPresent() && !currentUser.hasRole(Roles.EDITOR)) {
            refusal = "Pair " + others.get().pairId() + " holding this claim is "
                    + others.get().authorName() + "'s; only an editor may delete another person's pair.";
        }
        return new ClaimRemoval(claimIds, pairs, refusal);
    }

    /** Marks (or clears) "no counterpart": the other account is silent about this claim. */
    public Claim setNoCounterpart(long claimId, int version, boolean noCounterpart, String note) {
        Claim before = get(claimId);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "ClaimService.setNoCounterpart",
                "Only the reviewer who marked this claim or an editor may change it.");
        if (noCounterpart && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("Say briefly why the other account has no counterpart.");
        }
        if (!claims.setNoCounterpart(
                claimId,
                version,
                noCounterpart,
                noCounterpart ? Limits.checked(note, Limits.NOTE, "The note") : null,
                currentUser.require().id())) {
            throw StaleData.of("This claim");
        }
        Claim after = get(claimId);
        audit.record(
                noCounterpart ? "mark_no_counterpart" : "clear_no_counterpart",
                "claim",
                claimId,
                after.meetingId(),
                before,
                after);
        return after;
    }

    @Transactional(readOnly = true)
    public Claim get(long id) {
        return claims.findById(id).orElseThrow(() -> new NotFoundException("Claim", id));
    }

    @Transactional(readOnly = true)
    public List<Claim> ofAccount(long accountId) {
        return claims.findByAccount(accountId);
    }

    /** The positions of an account's anchored claims (those flagged for re-anchoring left out). */
    @Transactional(readOnly = true)
    public List<ClaimSpan> spansOfAccount(long accountId) {
        return claims.spansByAccount(accountId);
    }

    /** The positions of the given claims (any that are gone or flagged for re-anchoring left out). */
    @Transactional(readOnly = true)
    public List<ClaimSpan> spans(Collection<Long> claimIds) {
        return claimIds.isEmpty() ? List.of() : claims.spansById(claimIds);
    }
}

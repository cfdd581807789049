package org.parallax.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parallax.audit.AuditService;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
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
        claims.onSpan(revision.revisionId(), claim.start(), claim.end()).ifPresent(existing -> {
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
        long id = claims.insert(revision, anchor, clean, currentUser.require().id());
        Claim created = get(id);
        audit.record("create", "claim", id, created.meetingId(), null, created);
        return created;
    }

    /**
     * Moves the account's claims onto its new revision where their quote, prefix and suffix find them
     * exactly; flags the others for a person. Called inside the correction's transaction.
     */
    public ReanchorResult reanchor(long accountId, long newRevisionId, String newText) {
        int moved = 0;
        List<Claim> flagged = new ArrayList<>();
        for (Claim claim : claims.findByAccount(accountId)) {
            var anchor = Reanchoring.find(newText, claim.quote(), claim.prefix(), claim.suffix());
            if (anchor.isPresent()) {
                claims.reanchor(claim.id(), newRevisionId, newText.length(), anchor.get());
                audit.record("reanchor", "claim", claim.id(), claim.meetingId(), claim, get(claim.id()));
                moved++;
            } else {
                claims.flag(claim.id());
                Claim after = get(claim.id());
                flagged.add(after);
                audit.record("flag_for_reanchoring", "claim", claim.id(), claim.meetingId(), claim, after);
            }
        }
        if (!flagged.isEmpty() || moved > 0) {
            events.publishEvent(new ClaimsMoved(claims.meetingOf(accountId), accountId));
        }
        return new ReanchorResult(moved, flagged);
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

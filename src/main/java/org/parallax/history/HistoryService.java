package org.parallax.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parallax.audit.AuditEntry;
import org.parallax.audit.AuditService;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads the append-only history for the History tabs: of a pair, of a meeting. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional(readOnly = true)
public class HistoryService {

    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Sentences sentences;

    HistoryService(AuditService audit, CurrentUser currentUser, JsonMapper json) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.sentences = new Sentences(json);
    }

    public List<AuditEntry> ofPair(long pairId) {
        return audit.of("claim_pair", pairId, currentUser.require().id());
    }

    public List<AuditEntry> ofMeeting(long meetingId) {
        return audit.ofMeeting(meetingId, currentUser.require().id());
    }

    /** The pair's history told in sentences, newest first: its changes, the editors' decisions with their notes. */
    public List<HistoryLine> storyOfPair(long pairId) {
        long viewer = currentUser.require().id();
        List<AuditEntry> events = new ArrayList<>(audit.of("claim_pair", pairId, viewer));
        events.addAll(audit.of("review", pairId, viewer));
        events.sort(Comparator.comparing(AuditEntry::occurredAt)
                .thenComparing(AuditEntry::id)
                .reversed());
        return told(events, false);
    }

    /** The newest editor's decision on the pair, with its note ("Eden Editor asked for changes: …"), if any. */
    public Optional<HistoryLine> lastDecision(long pairId) {
        List<AuditEntry> decisions =
                audit.of("review", pairId, currentUser.require().id());
        return decisions.stream()
                .filter(Sentences::told)
                .findFirst()
                .map(e -> new HistoryLine(e.occurredAt(), sentences.of(e, false)));
    }

    /** Everything done in the meeting that the reader may see, in sentences, newest first. */
    public List<HistoryLine> storyOfMeeting(long meetingId) {
        return told(audit.ofMeeting(meetingId, currentUser.require().id()), true);
    }

    private List<HistoryLine> told(List<AuditEntry> events, boolean inMeeting) {
        return events.stream()
                .filter(Sentences::told)
                .map(e -> new HistoryLine(e.occurredAt(), sentences.of(e, inMeeting)))
                .toList();
    }
}

package org.parallax.history;

import java.util.List;
import org.parallax.audit.AuditEntry;
import org.parallax.audit.AuditService;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the append-only history for the History tabs: of a pair, of a meeting. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional(readOnly = true)
public class HistoryService {

    private final AuditService audit;
    private final CurrentUser currentUser;

    HistoryService(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public List<AuditEntry> ofPair(long pairId) {
        return audit.of("claim_pair", pairId, currentUser.require().id());
    }

    public List<AuditEntry> ofMeeting(long meetingId) {
        return audit.ofMeeting(meetingId, currentUser.require().id());
    }
}

package org.parallax.meeting;

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

/** Meetings and the parties that give accounts of them. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MeetingService(MeetingRepository meetings, CurrentUser currentUser, AuditService audit) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A page of meetings, newest first, for lazy loading. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> find(MeetingFilter filter, int offset, int limit) {
        return meetings.find(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(MeetingFilter filter) {
        return meetings.count(filter);
    }

    /** Just the title, for screens that reload often (the comparison reloads on every change notice). */
    @Transactional(readOnly = true)
    public String title(long id) {
        return meetings.title(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    /** The titles of several meetings at once, by id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> titles(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : meetings.titles(ids);
    }

    @Transactional(readOnly = true)
    public MeetingSummary get(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }


    public MeetingSummary create(NewMeeting meeting) {
        NewMeeting clean = validate(meeting);
        long id = meetings.insert(clean, currentUser.require().id());
        audit.record("create", "meeting", id, id, null, clean);
        return get(id);
    }

    public MeetingSummary update(long id, int version, NewMeeting meeting) {
        MeetingSummary before = get(id);
        NewMeeting clean = validate(meeting);
        if (!meetings.update(id, version, clean)) {
            throw stale(before);
        }
        MeetingSummary after = get(id);
        audit.record("update", "meeting", id, id, before, after);
        return after;
    }

    /** Archived meetings leave the default list but keep everything. */
    public MeetingSummary setArchived(long id, int version, boolean archived) {
        MeetingSummary before = get(id);
        if (!meetings.setArchived(id, version, archived)) {
            throw stale(before);
        }
        MeetingSummary after = get(id);
        audit.record(archived ? "archive" : "unarchive", "meeting", id, id, before, after);
        return after;
    }

    /** Deletes a meeting with its accounts, claims and pairs, but only while nothing of it was reviewed. */
    public void delete(long id) {
        MeetingSummary before = get(id);
        if (before.reviewCount() > 0) {
            throw new IllegalArgumentException("“" + before.title() + "” has reviewed pairs and cannot be deleted; archive it instead.");
        }
        meetings.deleteWithContents(id);
        audit.record("delete", "meeting", id, id, before, null);
    }

    private static org.springframework.dao.OptimisticLockingFailureException stale(MeetingSummary meeting) {
        return StaleData.of("The meeting “" + meeting.title() + "”");
    }

    private static NewMeeting validate(NewMeeting m) {
        if (m.title() == null || m.title().isBlank()) {
            throw new IllegalArgumentException("A meeting needs a title.");
        }
        if (m.startsOn() == null) {
            throw new IllegalArgumentException("A meeting needs a start date.");
        }
        var endsOn = m.endsOn() == null ? m.startsOn() : m.endsOn();
        if (endsOn.isBefore(m.startsOn())) {
            throw new IllegalArgumentException("The meeting cannot end before it starts.");
        }
        return new NewMeeting(m.title().strip(), m.startsOn(), endsOn, Texts.blankToNull(m.location()), Texts.blankToNull(m.description()));
    }

}

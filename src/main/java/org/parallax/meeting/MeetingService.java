package org.parallax.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.parallax.audit.AuditService;
import org.parallax.base.ConflictException;
import org.parallax.base.FieldRefusal;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.parallax.base.StaleData;
import org.parallax.base.Texts;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
        return meetings.find(filter, offset, limit, currentUser.require().id());
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
    public Map<Long, String> titles(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : meetings.titles(ids);
    }

    @Transactional(readOnly = true)
    public MeetingSummary get(long id) {
        return meetings.findById(id, currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    public MeetingSummary create(NewMeeting meeting) {
        NewMeeting clean = validate(meeting);
        long id = meetings.insert(clean, currentUser.require().id());
        audit.record("create", "meeting", id, id, null, clean);
        return get(id);
    }

    /** Its creator or an editor changes a meeting's title, dates, place and description. */
    public MeetingSummary update(long id, int version, NewMeeting meeting) {
        MeetingSummary before = get(id);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "MeetingService.update",
                "Only the person who created “" + before.title() + "” or an editor may change it.");
        NewMeeting clean = validate(meeting);
        if (!meetings.update(id, version, clean)) {
            throw stale(before);
        }
        MeetingSummary after = get(id);
        audit.record("update", "meeting", id, id, before, after);
        return after;
    }

    /** Archived meetings leave the default list but keep everything; their creator or an editor archives them. */
    public MeetingSummary setArchived(long id, int version, boolean archived) {
        MeetingSummary before = get(id);
        currentUser.requireOwnerOrEditor(
                before.createdBy(),
                "MeetingService.setArchived",
                "Only the person who created “" + before.title() + "” or an editor may archive it.");
        if (!meetings.setArchived(id, version, archived)) {
            throw stale(before);
        }
        MeetingSummary after = get(id);
        audit.record(archived ? "archive" : "unarchive", "meeting", id, id, before, after);
        return after;
    }

    /**
     * Deletes a meeting with everything in it (accounts, claims, pairs, agreement rounds). An editor may
     * delete any meeting; its creator only while nothing in it was handed to the editors.
     */
    public void delete(long id) {
        MeetingSummary before = get(id);
        if (!mayDelete(before)) {
            if (currentUser.require().id() == before.createdBy()) {
                currentUser.logRefused("MeetingService.delete");
                throw new ConflictException("Pairs of “" + before.title()
                        + "” were submitted for review, so only an editor may delete it; archive it instead.");
            }
            throw currentUser.refusal(
                    "MeetingService.delete",
                    "Only the person who created “" + before.title() + "” or an editor may delete it.");
        }
        meetings.deleteWithContents(id);
        audit.record("delete", "meeting", id, id, before, null);
    }

    /** What the screens offer: whether the signed-in person may change, archive or delete the meeting. */
    @Transactional(readOnly = true)
    public boolean mayEdit(MeetingSummary meeting) {
        return currentUser.ownsOrEdits(meeting.createdBy());
    }

    @Transactional(readOnly = true)
    public boolean mayDelete(MeetingSummary meeting) {
        return currentUser.hasRole(Roles.EDITOR)
                || currentUser.require().id() == meeting.createdBy() && !meetings.anythingSubmitted(meeting.id());
    }

    private static OptimisticLockingFailureException stale(MeetingSummary meeting) {
        return StaleData.of("The meeting “" + meeting.title() + "”");
    }

    private static NewMeeting validate(NewMeeting m) {
        if (m.title() == null || m.title().isBlank()) {
            throw new FieldRefusal("title", "A meeting needs a title.");
        }
        if (m.startsOn() == null) {
            throw new FieldRefusal("startsOn", "A meeting needs a start date.");
        }
        FieldRefusal.at("startsOn", () -> Texts.requireYearInRange(m.startsOn(), "The start date"));
        FieldRefusal.at("endsOn", () -> Texts.requireYearInRange(m.endsOn(), "The end date"));
        var endsOn = m.endsOn() == null ? m.startsOn() : m.endsOn();
        if (endsOn.isBefore(m.startsOn())) {
            throw new FieldRefusal("endsOn", "The meeting cannot end before it starts.");
        }
        return new NewMeeting(
                FieldRefusal.at("title", () -> Limits.checked(m.title(), Limits.TITLE, "The title")),
                m.startsOn(),
                endsOn,
                FieldRefusal.at("location", () -> Limits.checked(m.location(), Limits.NAME, "The place")),
                FieldRefusal.at("description", () -> Limits.checked(m.description(), Limits.NOTE, "The description")));
    }
}

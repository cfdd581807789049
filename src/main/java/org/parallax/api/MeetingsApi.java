package org.parallax.api;

import java.net.URI;
import java.util.List;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.NewAccount;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.meeting.NewMeeting;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingsApi {

    private final MeetingService meetings;
    private final AccountService accounts;

    MeetingsApi(MeetingService meetings, AccountService accounts) {
        this.meetings = meetings;
        this.accounts = accounts;
    }

    /** Current meetings, newest first; {@code q} searches title, place and description. */
    @GetMapping
    List<MeetingSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ApiRequests.checkPage(offset, limit);
        return meetings.find(
                q == null || q.isBlank() ? MeetingFilter.ALL_CURRENT : MeetingFilter.text(q), offset, limit);
    }

    @PostMapping
    ResponseEntity<MeetingSummary> create(@RequestBody ApiRequests.MeetingRequest request) {
        if (request.archived() != null) {
            throw new IllegalArgumentException("archived is for changing a meeting (PATCH); a new meeting is current.");
        }
        MeetingSummary created = meetings.create(new NewMeeting(
                request.title(), request.startDate(), request.endDate(), request.location(), request.description()));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<MeetingSummary> get(@PathVariable long id) {
        MeetingSummary meeting = meetings.get(id);
        return Versions.tagged(meeting, meeting.version());
    }

    /**
     * Deletes the meeting with everything in it: its creator may while none of its pairs went to review,
     * an editor always (403 for others, 409 for a creator too late), on the version read (If-Match).
     */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Versions.required(ifMatch, meetings.get(id).version());
        meetings.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** An account of the meeting: its party (code), title and text, with its source. */
    @PostMapping("/{id}/accounts")
    ResponseEntity<AccountSummary> addAccount(@PathVariable long id, @RequestBody ApiRequests.AccountRequest request) {
        meetings.get(id);
        AccountSummary created = accounts.add(new NewAccount(
                        id,
                        AccountsApi.metadata(
                                request.party(),
                                request.title(),
                                request.speaker(),
                                request.publisher(),
                                request.sourceUrl(),
                                request.publishedOn(),
                                request.language(),
                                request.kind()),
                        request.text()))
                .account();
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id()))
                .body(created);
    }
}

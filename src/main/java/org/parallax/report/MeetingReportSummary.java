package org.parallax.report;

import java.time.LocalDate;

/** How much of a meeting is ready to publish: its approved pairs among all pairs. */
public record MeetingReportSummary(
        long meetingId, String title, LocalDate startsOn, LocalDate endsOn, int approvedPairs, int allPairs) {}

package org.parallax.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting as the list shows it, with the parties that gave accounts and the work done on it. */
public record MeetingSummary(long id, String title, LocalDate startsOn, LocalDate endsOn, String location,
                             boolean archived, int accountCount, int claimCount, int pairCount,
                             List<Party> parties) {
}

package org.parallax.search;

import java.time.LocalDate;
import java.util.List;

/** The hits of one meeting, best first. */
public record MeetingHits(long meetingId, String title, LocalDate startsOn, boolean archived, List<SearchHit> hits) {}

package org.parallax.meeting;

import java.time.LocalDate;

/**
 * What the meetings list is narrowed to: {@code text} matches title, place and description; a meeting
 * is in the date range when it overlaps it; {@code partyCode} keeps meetings with an account of that party.
 */
public record MeetingFilter(String text, LocalDate from, LocalDate to, String partyCode, boolean includeArchived) {

    public static final MeetingFilter ALL_CURRENT = new MeetingFilter(null, null, null, null, false);

    public static MeetingFilter text(String text) {
        return new MeetingFilter(text, null, null, null, false);
    }
}

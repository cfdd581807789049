package org.parallax.meeting;

/** What the meetings list is narrowed to; {@code text} matches title, place and description. */
public record MeetingFilter(String text, boolean includeArchived) {

    public static final MeetingFilter ALL_CURRENT = new MeetingFilter(null, false);
}

package org.parallax.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way each date and time is written: short on the screens ("6 Jul 2018", "6 Jul 2018 14:05
 * UTC"), spelled out in published reports ("6 July 2018", "6 July 2018, 14:05 UTC"). Moments are always
 * shown in UTC and say so: reviewers and readers sit in different time zones.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Formats() {}

    /** "6 Jul 2018". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "6 Jul 2018", or "6 Jul 2018 – 7 Jul 2018" for a span of days. */
    public static String days(LocalDate first, LocalDate last) {
        return last == null || last.equals(first) ? day(first) : day(first) + " – " + day(last);
    }

    /** "6 Jul 2018 14:05 UTC". */
    public static String moment(OffsetDateTime moment) {
        return MOMENT.format(moment.atZoneSameInstant(ZoneOffset.UTC));
    }

    /** "6 July 2018", for reports. */
    public static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** The UTC day of a moment, "6 July 2018", for reports. */
    public static String longDay(OffsetDateTime moment) {
        return LONG_DAY.format(moment.atZoneSameInstant(ZoneOffset.UTC));
    }

    /** "6 July 2018", or "6 July 2018 – 7 July 2018", for reports. */
    public static String longDays(LocalDate first, LocalDate last) {
        return last == null || last.equals(first) ? longDay(first) : longDay(first) + " – " + longDay(last);
    }

    /** "6 July 2018, 14:05 UTC", for reports. */
    public static String longMoment(OffsetDateTime moment) {
        return LONG_MOMENT.format(moment.atZoneSameInstant(ZoneOffset.UTC));
    }
}

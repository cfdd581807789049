package org.parallax.base;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How account text is stored: NFC, with {@code \n} line breaks. Offsets are UTF-16 code units. */
public final class Texts {

    private Texts() {}

    public static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    /** Trimmed text, or null when there is none: how optional fields are stored. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "1 claim", "3 claims": a count with its noun (the app's nouns all add an s). */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** The parts that have text, joined: "US Secretary of State · State Department · 2018-07-07". */
    public static String joinPresent(String separator, String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }

    /**
     * Checks a span the browser sent against the stored text: inside it, non-empty, and not cutting a
     * character in two.
     *
     * @throws IllegalArgumentException with a message for the person who selected it
     */
    public static void checkSpan(String text, int start, int end, String what) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The selection " + start + "–" + end + " is not inside the " + what
                    + " (" + text.length() + " characters).");
        }
        if (safeBoundary(text, start) != start || safeBoundary(text, end) != end) {
            throw new IllegalArgumentException("The selection cuts a character in two.");
        }
    }

    /**
     * What makes a text impossible to store as it is, or null when nothing does: U+0000 (PostgreSQL text
     * cannot hold it) and half of a surrogate pair (no character; it would be stored as "?").
     */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains the character U+0000, which text cannot hold";
            }
            if (Character.isHighSurrogate(c)
                            && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "contains half of a surrogate pair (at UTF-16 offset " + i + "), which is no character";
            }
        }
        return null;
    }

    /**
     * Refuses a date outside the years 1–9999, which dates are written with (yyyy-mm-dd) and the database
     * stores; null passes.
     */
    public static void requireYearInRange(LocalDate date, String what) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new IllegalArgumentException(what + " must be between 0001-01-01 and 9999-12-31.");
        }
    }

    /** Moves an offset off the low half of a surrogate pair, so no character is cut in two. */
    public static int safeBoundary(String text, int offset) {
        if (offset > 0
                && offset < text.length()
                && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset - 1;
        }
        return offset;
    }
}

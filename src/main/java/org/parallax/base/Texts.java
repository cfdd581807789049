package org.parallax.base;

import java.text.Normalizer;

/** How account text is stored: NFC, with {@code \n} line breaks. Offsets are UTF-16 code units. */
public final class Texts {

    private Texts() {
    }

    public static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    /** Trimmed text, or null when there is none: how optional fields are stored. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The parts that have text, joined: "US Secretary of State · State Department · 2018-07-07". */
    public static String joinPresent(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(separator));
    }

    /**
     * Checks a span the browser sent against the stored text: inside it, non-empty, and not cutting a
     * character in two.
     *
     * @throws IllegalArgumentException with a message for the person who selected it
     */
    public static void checkSpan(String text, int start, int end, String what) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The selection " + start + "–" + end + " is not inside the "
                    + what + " (" + text.length() + " characters).");
        }
        if (safeBoundary(text, start) != start || safeBoundary(text, end) != end) {
            throw new IllegalArgumentException("The selection cuts a character in two.");
        }
    }

    /** Moves an offset off the low half of a surrogate pair, so no character is cut in two. */
    public static int safeBoundary(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset - 1;
        }
        return offset;
    }
}

package org.parallax.base;

/**
 * How long free text may be, field by field; the database has the same limits (V011) as a second line.
 * Account text itself is limited by PARALLAX_IMPORT_MAX_CHARACTERS.
 */
public final class Limits {

    /** Titles of meetings, accounts, sources and evidence. */
    public static final int TITLE = 500;
    /** Names: a speaker, a publisher, a place, a person's or a party's or a token's name. */
    public static final int NAME = 300;

    public static final int TOPIC = 200;
    public static final int URL = 2000;
    /** Rationales, notes, comments, descriptions. */
    public static final int NOTE = 10_000;

    private Limits() {}

    /**
     * The text as it may be stored: trimmed, null when blank, refused with a message naming the field when
     * it is longer than {@code max} characters or holds what text cannot (see {@link Texts#unstorable}).
     */
    public static String checked(String value, int max, String field) {
        String clean = Texts.blankToNull(value);
        if (clean == null) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new IllegalArgumentException(
                    field + " is too long: at most " + String.format("%,d", max) + " characters.");
        }
        String problem = Texts.unstorable(clean);
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem + ".");
        }
        return clean;
    }
}

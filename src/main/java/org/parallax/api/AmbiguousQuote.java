package org.parallax.api;

import java.util.List;

/** A quote found more than once in an account's text: the caller must say which, by offsets. */
final class AmbiguousQuote extends RuntimeException {

    /** Where the quote was found, as {@code {"start", "end"}} UTF-16 offsets. */
    final List<Position> candidates;

    record Position(int start, int end) {}

    AmbiguousQuote(String quote, List<Position> candidates) {
        super("The quote \"" + quote + "\" occurs " + candidates.size() + " times in the account's text; "
                + "send start and end to say which.");
        this.candidates = candidates;
    }
}

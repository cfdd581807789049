package org.parallax.search;

import java.util.List;

/**
 * One thing found. {@code start}/{@code end} place an account passage or a claim in its account's text
 * (UTF-16 offsets; null for the other kinds); {@code snippet} is the text found, shortened around the
 * match where long, and {@code highlights} the matched words in it.
 */
public record SearchHit(
        SearchKind kind,
        long id,
        Long accountId,
        String party,
        Long pairId,
        Integer start,
        Integer end,
        String snippet,
        List<Highlight> highlights,
        double rank) {

    /** A matched word in a snippet: UTF-16 offsets, end exclusive. */
    public record Highlight(int start, int end) {}
}

package org.parallax.search;

import java.util.List;

/**
 * One thing found. {@code start}/{@code end} place an account passage or a claim in its account's text
 * (UTF-16 offsets; null for the other kinds); {@code snippet} is the text found, shortened around the
 * match where long, and {@code highlights} the matched words in it. {@code path} opens it, relative to the
 * application's root: the comparison at the passage or claim (marked there), the pair, or the meeting.
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
        double rank,
        String path) {

    /** A matched word in a snippet: UTF-16 offsets, end exclusive. */
    public record Highlight(int start, int end) {}

    /** Where a hit opens: the one spelling of the comparison's {@code at} and {@code pair} parameters. */
    static String pathOf(SearchKind kind, long meetingId, Long accountId, Long pairId, Integer start, Integer end) {
        String meeting = "meetings/" + meetingId;
        return switch (kind) {
            case MEETING -> meeting;
            case ACCOUNT, CLAIM -> meeting + "/compare?left=" + accountId + "&at=" + start + "-" + end;
            case PAIR, COMMENT -> meeting + "/compare?pair=" + pairId;
        };
    }
}

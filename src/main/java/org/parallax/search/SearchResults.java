package org.parallax.search;

import java.util.List;

/**
 * A page of hits, grouped by meeting (the meeting of the best hit first). {@code near} says that nothing
 * matched exactly and these are near matches (Korean, Chinese or Japanese words sharing most of their
 * characters). {@code message} says why there is nothing to look for (only common words, say); it is null
 * when the search ran.
 */
public record SearchResults(
        String query, int page, boolean hasMore, boolean near, List<MeetingHits> meetings, String message) {

    public int hitCount() {
        return meetings.stream().mapToInt(m -> m.hits().size()).sum();
    }
}

package org.parallax.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.parallax.search.SearchRepository.Row;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search across meetings, account texts, claims, pairs and comments: English words by stem, Korean and
 * other CJK text by substring, phrases in double quotes. It reads under the screens' rules: pairs and their
 * comments by {@code PairVisibility} (a blind reviewer finds only their own), archived meetings only when
 * asked for.
 */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional(readOnly = true)
public class SearchService {

    /** Hits per page. */
    public static final int PAGE_SIZE = 20;

    private static final int MAX_PAGE = 50;

    private final SearchRepository search;
    private final CurrentUser currentUser;

    SearchService(SearchRepository search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    /** A page of hits grouped by meeting, or an empty answer whose message says why nothing was looked for. */
    public SearchResults search(SearchQuery query) {
        long viewer = currentUser.require().id();
        String typed = query.text() == null ? "" : query.text().strip();
        int page = Math.max(0, query.page());
        if (typed.isEmpty()) {
            return nothing(typed, page, "Type a word or a \"phrase\" to search for.");
        }
        if (typed.length() > SearchTerms.MAX_LENGTH) {
            return nothing(
                    typed.substring(0, 40) + "…",
                    page,
                    "A search is at most " + SearchTerms.MAX_LENGTH + " characters; this one has " + typed.length()
                            + ". Search for its key words.");
        }
        if (page > MAX_PAGE) {
            return nothing(typed, page, "Only the first " + MAX_PAGE + " pages are shown; narrow the search instead.");
        }
        SearchTerms terms = SearchTerms.parse(typed);
        Field<Object> tsquery = terms.isEmpty() ? null : SearchRepository.tsquery(terms);
        if (tsquery == null || !search.searchable(tsquery)) {
            return nothing(typed, page, "Nothing to look for in “" + typed + "”: add a word that is not a common one.");
        }
        List<Row> rows = search.search(query, tsquery, viewer, page * PAGE_SIZE, PAGE_SIZE + 1);
        boolean near = false;
        if (rows.isEmpty() && page == 0 && terms.hasLongCjkRun()) {
            rows = search.search(query, SearchRepository.tsquery(terms, true), viewer, 0, PAGE_SIZE + 1);
            near = !rows.isEmpty();
        }
        boolean more = rows.size() > PAGE_SIZE;
        Highlighter highlighter = new Highlighter(terms, near);
        Map<Long, List<SearchHit>> hits = new LinkedHashMap<>();
        Map<Long, Row> meetings = new LinkedHashMap<>();
        for (Row r : rows.subList(0, Math.min(PAGE_SIZE, rows.size()))) {
            Highlighter.Snippet snippet = highlighter.snippet(r.text());
            meetings.putIfAbsent(r.meetingId(), r);
            hits.computeIfAbsent(r.meetingId(), m -> new ArrayList<>())
                    .add(new SearchHit(
                            r.kind(),
                            r.id(),
                            r.accountId(),
                            r.party(),
                            r.pairId(),
                            r.start(),
                            r.end(),
                            snippet.text(),
                            snippet.highlights(),
                            r.rank(),
                            SearchHit.pathOf(r.kind(), r.meetingId(), r.accountId(), r.pairId(), r.start(), r.end())));
        }
        List<MeetingHits> groups = new ArrayList<>();
        meetings.forEach((id, r) -> groups.add(
                new MeetingHits(id, r.meetingTitle(), r.startsOn(), r.archived(), List.copyOf(hits.get(id)))));
        return new SearchResults(typed, page, more, near, List.copyOf(groups), null);
    }

    private static SearchResults nothing(String typed, int page, String message) {
        return new SearchResults(typed, page, false, false, List.of(), message);
    }
}

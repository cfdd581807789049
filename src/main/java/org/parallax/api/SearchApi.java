package org.parallax.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parallax.base.PairStatus;
import org.parallax.pairing.Relation;
import org.parallax.search.SearchKind;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResults;
import org.parallax.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as the navigation bar's field does it: {@code q} holds words and "phrases"; {@code party} (a code),
 * {@code meeting} (an id), {@code from}/{@code to} (ISO dates, the meeting's), {@code topic},
 * {@code relation}, {@code status}, {@code kind} (meeting, account, claim, pair, comment; may repeat) and
 * {@code archived=true} narrow it; {@code page} counts from 0. The answer groups the hits by meeting, each
 * with its snippet, marks and the path that opens it. A search that holds nothing to look for (empty, only
 * common words, too long) is answered with an empty list and a {@code message}.
 */
@RestController
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    SearchResults search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String relation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(defaultValue = "0") int page) {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0.");
        }
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        if (kind != null) {
            kind.stream().filter(k -> !k.isBlank()).forEach(k -> kinds.add(Choices.of(SearchKind.class, "kind", k)));
        }
        return search.search(new SearchQuery(
                q,
                party == null || party.isBlank() ? null : party,
                meeting,
                from,
                to,
                topic,
                Choices.optional(Relation.class, "relation", relation),
                Choices.optional(PairStatus.class, "status", status),
                kinds,
                archived,
                page));
    }
}

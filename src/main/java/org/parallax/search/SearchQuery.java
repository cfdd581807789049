package org.parallax.search;

import java.time.LocalDate;
import java.util.Set;
import org.parallax.base.PairStatus;
import org.parallax.pairing.Relation;

/**
 * A search: the words typed (a phrase in double quotes) and the filters, each null or empty for "any".
 * Relation and status concern pairs, so they keep to pairs and their comments; a topic keeps to claims and
 * pairs. Archived meetings are searched only when asked for. Pages count from 0.
 */
public record SearchQuery(
        String text,
        String party,
        Long meetingId,
        LocalDate from,
        LocalDate to,
        String topic,
        Relation relation,
        PairStatus status,
        Set<SearchKind> kinds,
        boolean includeArchived,
        int page) {

    public SearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** The words alone, every filter open, first page. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, Set.of(), false, 0);
    }

    public SearchQuery onPage(int page) {
        return new SearchQuery(text, party, meetingId, from, to, topic, relation, status, kinds, includeArchived, page);
    }
}

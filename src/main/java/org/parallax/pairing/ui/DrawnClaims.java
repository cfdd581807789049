package org.parallax.pairing.ui;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.pairing.ClaimMark;
import org.parallax.pairing.HighlightState;
import org.parallax.pairing.Relation;

/**
 * What one column's browser element has drawn, kept as a 64-bit fingerprint per claim (16 bytes with its
 * id, not the claims themselves), so a change sends the browser only the claims that changed.
 */
final class DrawnClaims {

    /**
     * One claim as the browser receives it, a JSON array [id, start, end, state, relation, [partner ids]]
     * (a few bytes per claim): state and relation are indexes into the legend sent with every full set of
     * rows ({@link #all}), relation -1 when the claim is unpaired. parallax-annotated.js decodes it.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"id", "start", "end", "state", "relation", "partners"})
    record Row(long id, int start, int end, int state, int relation, List<Long> partners) {

        static Row of(ClaimMark m) {
            return new Row(
                    m.id(),
                    m.start(),
                    m.end(),
                    m.state().ordinal(),
                    m.relation() == null ? -1 : m.relation().ordinal(),
                    m.partners());
        }
    }

    /** The tokens the rows' codes stand for, in the enums' order. */
    static final Map<String, List<String>> LEGEND = Map.of(
            "states",
                    Arrays.stream(HighlightState.values())
                            .map(HighlightState::token)
                            .toList(),
            "relations", Arrays.stream(Relation.values()).map(Relation::token).toList());

    private long[] ids = new long[0];
    private long[] fingerprints = new long[0];

    /** Every claim as a row for the browser, remembering them as drawn. */
    Map<String, Object> all(List<ClaimMark> marks) {
        remember(marks);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("legend", LEGEND);
        body.put("rows", marks.stream().map(Row::of).toList());
        return body;
    }

    /** The rows that changed and the ids that went since the last call, or null when nothing did. */
    Map<String, Object> changes(List<ClaimMark> marks) {
        List<Row> changed = new ArrayList<>();
        boolean[] still = new boolean[ids.length];
        for (ClaimMark mark : marks) {
            int at = Arrays.binarySearch(ids, mark.id());
            if (at >= 0) {
                still[at] = true;
            }
            if (at < 0 || fingerprints[at] != fingerprint(mark)) {
                changed.add(Row.of(mark));
            }
        }
        List<Long> removed = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (!still[i]) {
                removed.add(ids[i]);
            }
        }
        remember(marks);
        if (changed.isEmpty() && removed.isEmpty()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", changed);
        body.put("removed", removed);
        return body;
    }

    /**
     * Rows for the given claims, which someone just changed, remembered as drawn; claims in
     * {@code gone} are removed. Null when the browser has all of it already.
     */
    Map<String, Object> update(List<ClaimMark> marks, List<Long> gone) {
        List<Row> changed = new ArrayList<>();
        Map<Long, Long> next = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            next.put(ids[i], fingerprints[i]);
        }
        List<Long> removed = gone.stream().filter(next::containsKey).toList();
        removed.forEach(next::remove);
        for (ClaimMark mark : marks) {
            Long before = next.put(mark.id(), fingerprint(mark));
            if (before == null || before != fingerprint(mark)) {
                changed.add(Row.of(mark));
            }
        }
        ids = next.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        fingerprints = Arrays.stream(ids).map(next::get).toArray();
        if (changed.isEmpty() && removed.isEmpty()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", changed);
        body.put("removed", removed);
        return body;
    }

    private void remember(List<ClaimMark> marks) {
        List<ClaimMark> byId = new ArrayList<>(marks);
        byId.sort((a, b) -> Long.compare(a.id(), b.id()));
        ids = byId.stream().mapToLong(ClaimMark::id).toArray();
        fingerprints = byId.stream().mapToLong(DrawnClaims::fingerprint).toArray();
    }

    private static long fingerprint(ClaimMark m) {
        long h = mix(((long) m.start() << 32) | (m.end() & 0xffffffffL));
        h = mix(h
                ^ m.state().ordinal() * 31L
                        + (m.relation() == null ? -1 : m.relation().ordinal()));
        for (long partner : m.partners()) {
            h = mix(h ^ partner);
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads every input bit over the 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

package org.parallax.pairing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.pairing.ClaimMark;

/**
 * What one column's browser element has drawn, kept as a 64-bit fingerprint per claim (16 bytes with its
 * id, not the claims themselves), so a change sends the browser only the claims that changed.
 */
final class DrawnClaims {

    private static final List<String> STATES = List.of("unpaired", "paired", "approved", "no-counterpart");
    private static final List<String> RELATIONS =
            Arrays.asList(null, "contradicts", "partly-contradicts", "consistent");

    private long[] ids = new long[0];
    private long[] fingerprints = new long[0];

    /** Every claim as a row for the browser, remembering them as drawn. */
    Map<String, Object> all(List<ClaimMark> marks) {
        remember(marks);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", marks.stream().map(DrawnClaims::row).toList());
        return body;
    }

    /** The rows that changed and the ids that went since the last call, or null when nothing did. */
    Map<String, Object> changes(List<ClaimMark> marks) {
        List<Object[]> changed = new ArrayList<>();
        boolean[] still = new boolean[ids.length];
        for (ClaimMark mark : marks) {
            int at = Arrays.binarySearch(ids, mark.id());
            if (at >= 0) {
                still[at] = true;
            }
            if (at < 0 || fingerprints[at] != fingerprint(mark)) {
                changed.add(row(mark));
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
        List<Object[]> changed = new ArrayList<>();
        Map<Long, Long> next = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            next.put(ids[i], fingerprints[i]);
        }
        List<Long> removed = gone.stream().filter(next::containsKey).toList();
        removed.forEach(next::remove);
        for (ClaimMark mark : marks) {
            Long before = next.put(mark.id(), fingerprint(mark));
            if (before == null || before != fingerprint(mark)) {
                changed.add(row(mark));
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

    /** [id, start, end, state, relation, [partner ids]]: a few bytes per claim. */
    private static Object[] row(ClaimMark m) {
        return new Object[] {
            m.id(), m.start(), m.end(), STATES.indexOf(m.state()), RELATIONS.indexOf(m.relation()), m.partners()
        };
    }

    private static long fingerprint(ClaimMark m) {
        long h = mix(((long) m.start() << 32) | (m.end() & 0xffffffffL));
        h = mix(h ^ STATES.indexOf(m.state()) * 31L + RELATIONS.indexOf(m.relation()));
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

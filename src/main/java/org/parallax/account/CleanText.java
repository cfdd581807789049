package org.parallax.account;

import java.util.Map;

/**
 * Text as Parallax stores it, with what cleaning took out.
 *
 * @param removed invisible characters removed, by name (e.g. "ZERO WIDTH SPACE" → 3)
 */
public record CleanText(String text, Map<String, Integer> removed) {

    public int removedCount() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "3 × ZERO WIDTH SPACE, 1 × SOFT HYPHEN", or "" when nothing was removed. */
    public String removedSummary() {
        StringBuilder s = new StringBuilder();
        removed.forEach((name, count) ->
                s.append(s.isEmpty() ? "" : ", ").append(count).append(" × ").append(name));
        return s.toString();
    }
}

package org.parallax.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.base.Words;
import org.parallax.search.SearchHit.Highlight;

/**
 * Marks what a search found in a text and cuts a long text down to the part around the first mark. Words
 * match by English stem, as the database matched them; CJK runs match as substrings.
 */
final class Highlighter {

    /** Characters of a snippet cut from a longer text. */
    static final int SNIPPET_LENGTH = 280;

    private static final int BEFORE_MATCH = 90;

    /** A snippet and its marks. */
    record Snippet(String text, List<Highlight> highlights) {}

    private final Set<String> stems;
    private final Set<String> cjkRuns;

    Highlighter(SearchTerms terms) {
        this(terms, false);
    }

    /** With {@code near}, CJK runs are marked by their two-character parts, as near matches were found. */
    Highlighter(SearchTerms terms, boolean near) {
        this.stems = terms.stems();
        Set<String> runs = terms.cjkRuns();
        if (near) {
            Set<String> parts = new LinkedHashSet<>();
            runs.forEach(r -> parts.addAll(Words.bigrams(r)));
            runs = parts;
        }
        this.cjkRuns = runs;
    }

    Snippet snippet(String text) {
        List<Highlight> marks = marks(text);
        if (text.length() <= SNIPPET_LENGTH) {
            return new Snippet(text, marks);
        }
        int first = marks.isEmpty() ? 0 : marks.getFirst().start();
        int from = first <= BEFORE_MATCH ? 0 : wordStart(text, first - BEFORE_MATCH);
        int to = Math.min(text.length(), wordEnd(text, from + SNIPPET_LENGTH));
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        int shift = prefix.length() - from;
        List<Highlight> inside = marks.stream()
                .filter(h -> h.start() >= from && h.end() <= to)
                .map(h -> new Highlight(h.start() + shift, h.end() + shift))
                .toList();
        return new Snippet(prefix + text.substring(from, to) + suffix, inside);
    }

    List<Highlight> marks(String text) {
        List<Highlight> marks = new ArrayList<>();
        for (Words.Word w : Words.of(text)) {
            if (!w.isCjk() && stems.contains(w.stem())) {
                marks.add(new Highlight(w.start(), w.end()));
            }
        }
        for (String run : cjkRuns) {
            for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length())) {
                marks.add(new Highlight(at, at + run.length()));
            }
        }
        marks.sort(Comparator.comparingInt(Highlight::start));
        List<Highlight> merged = new ArrayList<>();
        for (Highlight h : marks) {
            Highlight last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && h.start() <= last.end()) {
                merged.set(merged.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    private static int wordStart(String text, int at) {
        int i = Math.max(0, at);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && at - i < 20) {
            i--;
        }
        return Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    private static int wordEnd(String text, int at) {
        int i = Math.min(text.length(), at);
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && i - at < 20) {
            i++;
        }
        return i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}

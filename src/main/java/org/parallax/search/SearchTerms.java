package org.parallax.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.base.Words;
import org.parallax.base.Words.Word;

/**
 * What was typed into a search, as terms: each word, or each phrase in double quotes, must be found. A
 * term has its Latin-script (and other spaced) words, matched by English stem, and its CJK runs, matched as
 * substrings. Operators and punctuation mean nothing here: they are dropped, never passed to the database
 * as syntax.
 */
record SearchTerms(List<Term> terms) {

    /** The longest search taken, in characters; a longer one is answered with a message. */
    static final int MAX_LENGTH = 500;

    private static final int MAX_TERMS = 32;
    private static final Pattern PHRASE_OR_WORD = Pattern.compile("[\"“”„](.*?)(?:[\"“”]|$)|(\\S+)");

    /** One word or phrase: its spaced words (joined by spaces) and its CJK runs, either possibly empty. */
    record Term(String spaced, List<String> cjkRuns, boolean phrase) {}

    static SearchTerms parse(String typed) {
        List<Term> terms = new ArrayList<>();
        Matcher m = PHRASE_OR_WORD.matcher(typed == null ? "" : typed);
        while (m.find() && terms.size() < MAX_TERMS) {
            boolean phrase = m.group(1) != null;
            Term term = term(phrase ? m.group(1) : m.group(2), phrase);
            if (term != null) {
                terms.add(term);
            }
        }
        return new SearchTerms(List.copyOf(terms));
    }

    private static Term term(String text, boolean phrase) {
        List<String> spaced = new ArrayList<>();
        List<String> cjk = new ArrayList<>();
        for (Word w : Words.of(text)) {
            (w.isCjk() ? cjk : spaced).add(w.text());
        }
        if (spaced.isEmpty() && cjk.isEmpty()) {
            return null;
        }
        return new Term(String.join(" ", spaced), List.copyOf(cjk), phrase);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The English stems the terms look for, as {@link Words} stems them. */
    Set<String> stems() {
        Set<String> stems = new LinkedHashSet<>();
        for (Term t : terms) {
            Words.of(t.spaced()).forEach(w -> stems.add(w.stem()));
        }
        return stems;
    }

    /** Whether a near match could find more: a CJK run of three characters or more outside a phrase. */
    boolean hasLongCjkRun() {
        return terms.stream()
                .filter(t -> !t.phrase())
                .flatMap(t -> t.cjkRuns().stream())
                .anyMatch(r -> r.codePointCount(0, r.length()) >= 3);
    }

    /** The CJK runs the terms look for. */
    Set<String> cjkRuns() {
        Set<String> runs = new LinkedHashSet<>();
        terms.forEach(t -> runs.addAll(t.cjkRuns()));
        return runs;
    }
}

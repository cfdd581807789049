package org.parallax.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences with their offsets: the click targets for "take this sentence as a claim".
 *
 * <p>A sentence ends at . ! ? … (or 。 ！ ？) plus any closing quotes and brackets, when white space
 * follows and the next word starts a sentence. It does not end after known abbreviations (Mr., Dr.,
 * U.S., U.N., etc.), after initials, inside a number (3.5), inside a hyphenated name (DPRK-U.S.), or
 * inside a quotation that runs on over several sentences, which stays one click target until it
 * closes, whether in “ ”, « », 「 」, 『 』 or the 《 》 and 〈 〉 of DPRK and other Korean texts
 * (《…유감스럽다.》고 말하였다. is one sentence). A paragraph break always ends a sentence. Korean endings
 * (…다. …요. …까?) need no special case: they end with the same marks.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
            "sen", "rep", "amb", "pres", "hon", "rev", "messrs", "no", "nos", "vol", "vols", "art", "para", "fig", "p",
            "pp", "ch", "sec", "ed", "eds", "approx", "est", "etc", "e.g", "i.e", "cf", "vs", "viz", "al", "inc", "ltd",
            "co", "corp", "dept", "univ", "assn", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "u.s", "u.n", "u.k", "e.u",
            "d.c", "a.m", "p.m", "n.k", "r.o.k", "d.p.r.k", "u.s.a", "u.s.s.r");

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The",
            "This",
            "That",
            "These",
            "Those",
            "He",
            "She",
            "It",
            "They",
            "We",
            "I",
            "You",
            "But",
            "And",
            "However",
            "In",
            "On",
            "At",
            "After",
            "Before",
            "A",
            "An",
            "There",
            "Both",
            "Its",
            "Their",
            "His",
            "Her",
            "Our",
            "When",
            "While",
            "If",
            "As",
            "Meanwhile",
            "Then");

    private SentenceSplitter() {}

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int length = text.length();
        int start = skipSpace(text, 0);
        int quoteDepth = 0;
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < length && text.charAt(i + 1) == '\n' || c == '\n' && isParagraphEnd(text, i)) {
                add(sentences, text, start, i);
                start = skipSpace(text, i);
                i = start;
                quoteDepth = 0;
                continue;
            }
            if (isOpeningQuote(c)) {
                quoteDepth++;
            } else if (c != '"' && isClosingQuote(c) && quoteDepth > 0) {
                quoteDepth--;
            } else if (c == '"') {
                quoteDepth = quoteDepth > 0 && isClosingStraightQuote(text, i)
                        ? quoteDepth - 1
                        : quoteDepth + (isOpeningStraightQuote(text, i) ? 1 : 0);
            }
            if (isTerminal(c)) {
                int end = i + 1;
                while (end < length && isTerminal(text.charAt(end))) {
                    end++;
                }
                int closersEnd = end;
                while (closersEnd < length && isCloser(text.charAt(closersEnd))) {
                    if (isClosingQuote(text.charAt(closersEnd)) && quoteDepth > 0) {
                        quoteDepth--;
                    }
                    closersEnd++;
                }
                boolean cjk = c == '。' || c == '！' || c == '？';
                if (quoteDepth == 0 && (cjk || endsSentence(text, i, closersEnd))) {
                    add(sentences, text, start, closersEnd);
                    start = skipSpace(text, closersEnd);
                    i = start;
                    continue;
                }
                i = closersEnd;
                continue;
            }
            i++;
        }
        add(sentences, text, start, length);
        return sentences;
    }

    private static boolean endsSentence(String text, int terminal, int after) {
        int length = text.length();
        if (after >= length) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int next = skipSpace(text, after);
        if (next >= length) {
            return true;
        }
        int nextCp = text.codePointAt(next);
        if (text.charAt(terminal) == '.' && isAbbreviationOrInitial(text, terminal)) {
            // "… talks with the U.S. The next round …": a dotted acronym can end a sentence when a
            // common sentence opener follows; a title such as "Mr." never does.
            return isDottedAcronym(text, terminal) && SENTENCE_OPENERS.contains(nextWord(text, next));
        }
        // The next sentence starts with a capital, a digit, an opening quote or bracket, or a non-cased
        // letter (Hangul, Han); a lower-case word continues the sentence ("about 3 p.m. yesterday").
        return !Character.isLowerCase(nextCp);
    }

    private static boolean isAbbreviationOrInitial(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        // A single capital letter is an initial ("Kim J. Un"), and dotted capitals are an acronym.
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return true;
        }
        return isDottedAcronym(text, dot);
    }

    /** U.S., D.P.R.K., N.K.: single letters joined by dots. */
    private static boolean isDottedAcronym(String text, int dot) {
        int i = dot;
        int letters = 0;
        while (i >= 2 && Character.isLetter(text.charAt(i - 1)) && (text.charAt(i - 2) == '.')) {
            letters++;
            i -= 2;
        }
        return letters >= 1
                && i >= 1
                && Character.isLetter(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean isParagraphEnd(String text, int newline) {
        // A single line break followed by an indented or bulleted line is not a paragraph end; lines
        // of a paragraph that an import broke are joined for sentence purposes only if lower-case follows.
        int next = newline + 1;
        return next < text.length() && !Character.isLowerCase(text.codePointAt(next));
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static boolean isCloser(char c) {
        return isClosingQuote(c) || c == '\'' || c == '’' || c == ')' || c == ']';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '“' || c == '«' || c == '「' || c == '『' || c == '《' || c == '〈';
    }

    /** The straight quote closes as well as opens: the caller tells which from the text around it. */
    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”' || c == '»' || c == '」' || c == '』' || c == '》' || c == '〉';
    }

    private static boolean isOpeningStraightQuote(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    }

    private static boolean isClosingStraightQuote(String text, int i) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            sentences.add(new Sentence(start, e));
        }
    }
}

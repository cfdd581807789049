package org.parallax.claim;

import org.parallax.base.Texts;

/**
 * The W3C Web Annotation TextQuoteSelector of a span: exact quote plus up to 32 characters on each
 * side, enough to find the span again in a corrected revision.
 */
record TextAnchor(int start, int end, String quote, String prefix, String suffix) {

    static final int CONTEXT = 32;

    /** @throws IllegalArgumentException when the span is not inside the text or does not match the quote */
    static TextAnchor of(String text, int start, int end, String expectedQuote) {
        Texts.checkSpan(text, start, end, "account's text");
        String quote = text.substring(start, end);
        if (expectedQuote != null && !expectedQuote.equals(quote)) {
            throw new IllegalArgumentException("The selected text does not match the account at that position; "
                    + "the text may have changed. Reload and select again.");
        }
        if (quote.isBlank()) {
            throw new IllegalArgumentException("The selection holds only white space.");
        }
        String prefix = text.substring(Texts.safeBoundary(text, Math.max(0, start - CONTEXT)), start);
        int suffixEnd = Math.min(text.length(), end + CONTEXT);
        if (suffixEnd < text.length() && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
            suffixEnd--;
        }
        String suffix = text.substring(end, suffixEnd);
        return new TextAnchor(start, end, quote, prefix, suffix);
    }
}

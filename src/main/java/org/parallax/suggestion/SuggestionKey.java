package org.parallax.suggestion;

/** Which suggestion: its two spans, each in its account's current text (UTF-16 offsets). */
public record SuggestionKey(
        long leftAccountId, int leftStart, int leftEnd, long rightAccountId, int rightStart, int rightEnd) {}

package org.parallax.account;

/**
 * What an import made: the account, its sentence count, its language (and whether it was detected),
 * and the invisible characters removed from the text ("" when none).
 */
public record ImportResult(
        AccountSummary account,
        int sentenceCount,
        String language,
        boolean languageDetected,
        String removedCharacters) {}

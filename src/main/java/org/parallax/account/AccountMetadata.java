package org.parallax.account;

import java.time.LocalDate;

/** What is known of an account besides its text. {@code language} blank means "detect it". */
public record AccountMetadata(
        String partyCode,
        String title,
        String speaker,
        String publisher,
        String sourceUrl,
        LocalDate publishedOn,
        String language,
        AccountKind kind) {

    public AccountMetadata withTitle(String newTitle) {
        return new AccountMetadata(partyCode, newTitle, speaker, publisher, sourceUrl, publishedOn, language, kind);
    }

    public AccountMetadata withLanguage(String newLanguage) {
        return new AccountMetadata(partyCode, title, speaker, publisher, sourceUrl, publishedOn, newLanguage, kind);
    }
}

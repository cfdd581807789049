package org.parallax.account;

import java.time.LocalDate;

/** One party's published version of a meeting, as pasted or imported. */
public record NewAccount(long meetingId, String partyCode, String title, String speaker, String publisher,
                         String sourceUrl, LocalDate publishedOn, String language, AccountKind kind, String text) {
}

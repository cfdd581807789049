package org.parallax.account;

import java.time.LocalDate;

public record AccountSummary(long id, long meetingId, String partyCode, String partyName, String partyColour,
                             String title, String speaker, String publisher, String sourceUrl, LocalDate publishedOn,
                             String language, String kind, int revisionNo, int textLength) {
}

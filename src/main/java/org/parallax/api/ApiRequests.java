package org.parallax.api;

import java.time.LocalDate;
import java.util.List;
import org.parallax.pairing.NewEvidence;

/** The JSON bodies the API takes. */
final class ApiRequests {

    /** The most items one page of a list answers. */
    static final int MAX_PAGE = 500;

    private ApiRequests() {}

    static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and " + MAX_PAGE + ".");
        }
    }

    record TokenRequest(String username, String password) {}

    /** A meeting's details; {@code archived} (in a PATCH) archives it or brings it back. */
    record MeetingRequest(
            String title,
            LocalDate startDate,
            LocalDate endDate,
            String location,
            String description,
            Boolean archived) {}

    /** An account's text and source; {@code kind} is official_statement (the default) or report. */
    record AccountRequest(
            String party,
            String title,
            String text,
            String speaker,
            String publisher,
            String sourceUrl,
            LocalDate publishedOn,
            String language,
            String kind) {}

    /** A passage ({@code start}–{@code end}, UTF-16 offsets) of a source document, with the new account's source. */
    record ExcerptRequest(
            Integer start,
            Integer end,
            String party,
            String title,
            String speaker,
            String publisher,
            String sourceUrl,
            LocalDate publishedOn,
            String language,
            String kind) {}

    /** The whole corrected text of an account, and why it was corrected. */
    record CorrectionRequest(String text, String note) {}

    /** A span of an account's current text, UTF-16 offsets. */
    record SpanRequest(Integer start, Integer end) {}

    record ReopenRequest(String reason) {}

    record PartyRequest(String code, String name, String colour) {}

    record TokenName(String name) {}

    /** Either {@code start} and {@code end} (UTF-16 offsets) or a {@code quote} to find in the text. */
    record ClaimRequest(Integer start, Integer end, String quote, String speaker, String topic, String kind) {}

    record PairRequest(Long leftClaimId, Long rightClaimId, String relation, String rationale, String topic) {}

    record NoCounterpartRequest(String note) {}

    record CommentRequest(String body) {}

    /** The fields of a pair to change; those left out stay as they are. */
    record PairUpdate(String relation, String rationale, String topic, List<NewEvidence> evidence) {}

    record SettlementRequest(Long lowClaimId, Long highClaimId, String keep) {}

    /** What to change of a user; those left out stay as they are. */
    record UserUpdate(String role, Boolean enabled, String password) {}

    /** User names of the two reviewers of a blind agreement round. */
    record AgreementRoundRequest(String firstReviewer, String secondReviewer) {}

    record ReviewRequest(String decision, String note) {}
}

package org.parallax.api;

import java.time.LocalDate;

/** The JSON bodies the API takes. */
final class ApiRequests {

    private ApiRequests() {
    }

    record TokenRequest(String username, String password) {
    }

    record MeetingRequest(String title, LocalDate startDate, LocalDate endDate, String location, String description) {
    }

    record AccountRequest(String party, String title, String text, String speaker, String publisher, String sourceUrl,
                          LocalDate publishedOn, String language) {
    }

    /** Either {@code start} and {@code end} (UTF-16 offsets) or a {@code quote} to find in the text. */
    record ClaimRequest(Integer start, Integer end, String quote, String speaker, String topic, String kind) {
    }

    record PairRequest(Long leftClaimId, Long rightClaimId, String relation, String rationale, String topic) {
    }

    record NoCounterpartRequest(String note) {
    }

    record CommentRequest(String body) {
    }

    /** User names of the two reviewers of a blind agreement round. */
    record AgreementRoundRequest(String firstReviewer, String secondReviewer) {
    }

    record ReviewRequest(String decision, String note) {
    }
}

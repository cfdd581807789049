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

    /** The fields of a pair to change; those left out stay as they are. */
    record PairUpdate(String relation, String rationale, String topic, java.util.List<org.parallax.pairing.NewEvidence> evidence) {
    }

    record SettlementRequest(Long lowClaimId, Long highClaimId, String keep) {
    }

    /** What to change of a user; those left out stay as they are. */
    record UserUpdate(String role, Boolean enabled, String password) {
    }

    /** User names of the two reviewers of a blind agreement round. */
    record AgreementRoundRequest(String firstReviewer, String secondReviewer) {
    }

    record ReviewRequest(String decision, String note) {
    }
}

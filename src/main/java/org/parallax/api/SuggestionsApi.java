package org.parallax.api;

import java.util.List;
import org.parallax.pairing.AcceptedSuggestion;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.suggestion.Suggestion;
import org.parallax.suggestion.SuggestionKey;
import org.parallax.suggestion.SuggestionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested contradictions between two accounts of a meeting, as the comparison screen lists them: best
 * first, each with its two spans ({@code start}/{@code end} in UTF-16 units, {@code text} exactly the span,
 * {@code claimId} when the span is a claim already), its score (0 to 1) and its reasons. A suggestion is
 * accepted (its claims and a draft pair made) or dismissed (not suggested again for the meeting) by its spans.
 */
@RestController
class SuggestionsApi {

    /** The spans of a suggestion, and for accepting it the relation and rationale of the pair. */
    record SuggestionRequest(
            Long leftAccountId,
            Integer leftStart,
            Integer leftEnd,
            Long rightAccountId,
            Integer rightStart,
            Integer rightEnd,
            String relation,
            String rationale,
            String topic) {

        SuggestionKey key() {
            if (leftAccountId == null
                    || leftStart == null
                    || leftEnd == null
                    || rightAccountId == null
                    || rightStart == null
                    || rightEnd == null) {
                throw new IllegalArgumentException(
                        "Send leftAccountId, leftStart, leftEnd, rightAccountId, rightStart and rightEnd.");
            }
            return new SuggestionKey(leftAccountId, leftStart, leftEnd, rightAccountId, rightStart, rightEnd);
        }
    }

    private final SuggestionService suggestions;
    private final PairingService pairing;

    SuggestionsApi(SuggestionService suggestions, PairingService pairing) {
        this.suggestions = suggestions;
        this.pairing = pairing;
    }

    @GetMapping("/api/v1/meetings/{id}/suggestions")
    List<Suggestion> suggestions(
            @PathVariable long id,
            @RequestParam long left,
            @RequestParam long right,
            @RequestParam(defaultValue = "20") int limit) {
        return suggestions.suggest(id, left, right, limit);
    }

    @PostMapping("/api/v1/meetings/{id}/suggestions/dismissed")
    ResponseEntity<Void> dismiss(@PathVariable long id, @RequestBody SuggestionRequest request) {
        suggestions.dismiss(id, request.key());
        return ResponseEntity.noContent().build();
    }

    /** Makes the claims and a draft pair; relation defaults to contradicts. */
    @PostMapping("/api/v1/meetings/{id}/suggestions/accepted")
    AcceptedSuggestion accept(@PathVariable long id, @RequestBody SuggestionRequest request) {
        Relation relation = request.relation() == null
                ? Relation.CONTRADICTS
                : Choices.of(Relation.class, "relation", request.relation());
        return pairing.accept(id, request.key(), relation, request.rationale(), request.topic());
    }
}

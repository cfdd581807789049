package org.parallax.suggestion;

import java.util.List;

/** Two passages of two accounts that may contradict each other, best first among a list, with the reasons. */
public record Suggestion(Passage left, Passage right, double score, List<Reason> reasons) {

    public SuggestionKey key() {
        return new SuggestionKey(
                left.accountId(), left.start(), left.end(), right.accountId(), right.start(), right.end());
    }
}

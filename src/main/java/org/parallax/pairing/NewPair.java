package org.parallax.pairing;

import java.util.List;

public record NewPair(
        long leftClaimId,
        long rightClaimId,
        Relation relation,
        String rationale,
        String topic,
        List<NewEvidence> evidence) {

    public NewPair(long leftClaimId, long rightClaimId, Relation relation, String rationale, String topic) {
        this(leftClaimId, rightClaimId, relation, rationale, topic, List.of());
    }
}

package org.parallax.pairing;

public record NewPair(long leftClaimId, long rightClaimId, Relation relation, String rationale, String topic) {
}

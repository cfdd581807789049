package org.parallax.claim;

/**
 * A claim as its author means it now: span in the account's current text (UTF-16 offsets; {@code quote},
 * when given, must be exactly the text there), speaker, topic and kind.
 */
public record ClaimEdit(int start, int end, String quote, String speaker, String topic, ClaimKind kind) {

    /** The claim's details changed, its span kept. */
    public static ClaimEdit details(Claim claim, String speaker, String topic, ClaimKind kind) {
        return new ClaimEdit(claim.start(), claim.end(), null, speaker, topic, kind);
    }

    /** The claim put on another span, its details kept. */
    public static ClaimEdit span(Claim claim, int start, int end) {
        return new ClaimEdit(start, end, null, claim.speaker(), claim.topic(), claim.kind());
    }
}

package org.parallax.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.parallax.pairing.Relation;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an approval seals: both claims as anchored (account revision, offsets, quote, whether still
 * anchored), the relation, rationale, topic and every evidence row. Kept whole with the approval, so that
 * a later difference can be named, and hashed, so that a changed record is noticed too.
 */
public record Seal(Side left, Side right, Relation relation, String rationale, String topic, List<Evidence> evidence) {

    public record Side(
            long claimId, String party, long revisionId, int start, int end, String quote, boolean anchored) {}

    public record Evidence(String url, String title, String note) {}

    /** The JSON stored with the approval; records keep their components' order, so it is canonical. */
    String json(JsonMapper mapper) {
        return mapper.writeValueAsString(this);
    }

    String hash(JsonMapper mapper) {
        return sha256(json(mapper));
    }

    /** What differs now from the sealed content, in words for the history and the screens. */
    List<String> changesSince(Seal sealed) {
        List<String> changes = new ArrayList<>();
        side(sealed.left, left, changes);
        side(sealed.right, right, changes);
        if (!Objects.equals(sealed.relation, relation)) {
            changes.add("relation");
        }
        if (!Objects.equals(sealed.rationale, rationale)) {
            changes.add("rationale");
        }
        if (!Objects.equals(sealed.topic, topic)) {
            changes.add("topic");
        }
        if (!Objects.equals(sealed.evidence, evidence)) {
            changes.add("evidence");
        }
        return changes;
    }

    private static void side(Side sealed, Side now, List<String> changes) {
        String whose = "the " + now.party + " claim";
        if (sealed.claimId != now.claimId) {
            changes.add(whose + " was replaced");
            return;
        }
        if (!now.anchored) {
            changes.add(whose + " lost its place after a text correction");
        }
        if (sealed.revisionId != now.revisionId) {
            changes.add(whose + " moved to another revision of its account");
        }
        if (sealed.start != now.start || sealed.end != now.end) {
            changes.add(whose + "'s position");
        }
        if (!Objects.equals(sealed.quote, now.quote)) {
            changes.add(whose + "'s quote");
        }
    }

    /** The hash approvals had before the seal covered everything: both quotes, relation and rationale. */
    String legacyHash() {
        return sha256(
                String.join("\u001f", left.quote, right.quote, relation.name(), rationale == null ? "" : rationale));
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

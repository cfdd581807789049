package org.parallax.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parallax.pairing.ClaimPair;

/**
 * What an approval is tied to: SHA-256 over both quotes, the relation and the rationale. If any of them
 * differs later, the approval no longer holds.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(ClaimPair pair) {
        String content = String.join("\u001f", pair.leftQuote(), pair.rightQuote(), pair.relation(),
                pair.rationale() == null ? "" : pair.rationale());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

package org.parallax.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP: every resource answers its version as an ETag, and a change must say in
 * If-Match which version it was made against (428 when it does not, 412 when someone changed it since),
 * so that nobody approves or deletes content that changed after they read it.
 */
final class Versions {

    private Versions() {}

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static <T> ResponseEntity<T> tagged(T body, int version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /**
     * The version the client read, from If-Match, checked against the current one.
     *
     * @throws Precondition (428 without If-Match, 412 when it is not the current version)
     */
    static int required(String ifMatch, int current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Precondition(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read (GET it first), so that nothing changed since is overwritten.");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        int version;
        try {
            version = Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new Precondition(HttpStatus.PRECONDITION_FAILED, "If-Match is not an ETag this API gave out.");
        }
        if (version != current) {
            throw new Precondition(
                    HttpStatus.PRECONDITION_FAILED,
                    "It was changed since you read it (your version " + version + ", now " + current
                            + "); GET it again and check before you change it.");
        }
        return version;
    }

    /** A change refused for its If-Match. */
    static final class Precondition extends RuntimeException {

        final HttpStatus status;

        Precondition(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}

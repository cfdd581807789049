package org.parallax.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.account.AccountService;
import org.parallax.claim.AnchorCandidate;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimEdit;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimRemoval;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
class ClaimsApi {

    private final AccountService accounts;
    private final ClaimService claims;
    private final JsonMapper json;

    ClaimsApi(AccountService accounts, ClaimService claims, JsonMapper json) {
        this.json = json;
        this.accounts = accounts;
        this.claims = claims;
    }

    /**
     * Marks a claim by {@code start}/{@code end} (UTF-16 offsets) or by its {@code quote}, which must occur
     * exactly once in the text (more than once: 409 with the candidate positions). An array of such claims
     * marks them all or none (up to {@link ClaimService#MAX_BATCH}): the answer lists them in order, or the
     * first refusal names its claim ("Claim 3: …").
     */
    @PostMapping("/api/v1/accounts/{id}/claims")
    ResponseEntity<?> mark(@PathVariable long id, @RequestBody JsonNode body) {
        String speaker = accounts.speaker(id);
        // The text is read only for claims given by quote: a script sending offsets never pays for it.
        String[] text = new String[1];
        Supplier<String> textOnce = () -> text[0] != null ? text[0] : (text[0] = accounts.text(id));
        if (body.isArray()) {
            List<NewClaim> batch = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                batch.add(newClaim(id, request(body.get(i)), speaker, textOnce, i));
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(claims.markAll(id, batch));
        }
        Claim created = claims.mark(newClaim(id, request(body), speaker, textOnce, -1));
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id()))
                .body(created);
    }

    private ApiRequests.ClaimRequest request(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Send a claim as an object, or an array of them.");
        }
        try {
            return json.treeToValue(node, ApiRequests.ClaimRequest.class);
        } catch (JacksonException unreadable) {
            // As Spring reports a body it cannot read: the same problem detail, naming the field.
            throw new HttpMessageNotReadableException(unreadable.getOriginalMessage(), unreadable, null);
        }
    }

    /** One claim of a request; {@code index} is its place in an array (-1 for a single claim). */
    private static NewClaim newClaim(
            long accountId, ApiRequests.ClaimRequest request, String speaker, Supplier<String> text, int index) {
        String which = index < 0 ? "" : "Claim " + index + ": ";
        int start;
        int end;
        if (request.start() != null || request.end() != null) {
            if (request.start() == null || request.end() == null) {
                throw new IllegalArgumentException(which + "Send both start and end, or a quote.");
            }
            start = request.start();
            end = request.end();
        } else if (request.quote() != null && !request.quote().isBlank()) {
            List<AmbiguousQuote.Position> found = positions(text.get(), request.quote());
            if (found.isEmpty()) {
                throw new IllegalArgumentException(which + "The quote does not occur in the account's text.");
            }
            if (found.size() > 1) {
                if (index >= 0) {
                    throw new IllegalArgumentException(which + "The quote occurs " + found.size()
                            + " times in the account's text; send start and end.");
                }
                throw new AmbiguousQuote(request.quote(), found);
            }
            start = found.getFirst().start();
            end = found.getFirst().end();
        } else {
            throw new IllegalArgumentException(which + "Send start and end, or a quote.");
        }
        ClaimKind kind = request.kind() == null ? ClaimKind.FACT : Choices.of(ClaimKind.class, "kind", request.kind());
        return new NewClaim(
                accountId,
                start,
                end,
                request.quote(),
                request.speaker() != null ? request.speaker() : speaker,
                request.topic(),
                kind);
    }

    @GetMapping("/api/v1/claims/{id}")
    ResponseEntity<Claim> claim(@PathVariable long id) {
        Claim claim = claims.get(id);
        return Versions.tagged(claim, claim.version());
    }

    /**
     * Marks the claim as having no counterpart in the other accounts, with a note saying why (its author or
     * an editor), on the version read (If-Match).
     */
    @PostMapping("/api/v1/claims/{id}/no-counterpart")
    ResponseEntity<Claim> noCounterpart(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.NoCounterpartRequest request) {
        Claim marked = claims.setNoCounterpart(
                id, Versions.required(ifMatch, claims.get(id).version()), true, request.note());
        return Versions.tagged(marked, marked.version());
    }

    /** Takes the "no counterpart" mark back (its author or an editor), on the version read (If-Match). */
    @DeleteMapping("/api/v1/claims/{id}/no-counterpart")
    ResponseEntity<Claim> counterpartPossible(
            @PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Claim unmarked = claims.setNoCounterpart(
                id, Versions.required(ifMatch, claims.get(id).version()), false, null);
        return Versions.tagged(unmarked, unmarked.version());
    }

    /**
     * Changes a claim's span ({@code start}/{@code end} in the current text), speaker, topic or kind; what
     * is left out stays. Its author or an editor, on the version read (If-Match).
     */
    @PatchMapping("/api/v1/claims/{id}")
    ResponseEntity<Claim> edit(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.ClaimRequest request) {
        Claim before = claims.get(id);
        int version = Versions.required(ifMatch, before.version());
        if (request.start() == null != (request.end() == null)) {
            throw new IllegalArgumentException("Send both start and end to move the claim, or neither.");
        }
        Claim after = claims.edit(
                id,
                version,
                new ClaimEdit(
                        request.start() != null ? request.start() : before.start(),
                        request.end() != null ? request.end() : before.end(),
                        request.quote(),
                        request.speaker() != null ? request.speaker() : before.speaker(),
                        request.topic() != null ? request.topic() : before.topic(),
                        request.kind() != null ? Choices.of(ClaimKind.class, "kind", request.kind()) : before.kind()));
        return Versions.tagged(after, after.version());
    }

    /** What deleting the claim would take with it (its pairs), and why it cannot be deleted, if so. */
    @GetMapping("/api/v1/claims/{id}/removal")
    ClaimRemoval removal(@PathVariable long id) {
        return claims.removalOf(id);
    }

    /** Deletes a claim and the pairs holding it (none submitted or approved), on the version read (If-Match). */
    @DeleteMapping("/api/v1/claims/{id}")
    ClaimRemoval delete(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return claims.delete(id, Versions.required(ifMatch, claims.get(id).version()));
    }

    /** Where a claim that lost its place after a text correction may belong now, most similar first. */
    @GetMapping("/api/v1/claims/{id}/candidates")
    List<AnchorCandidate> candidates(@PathVariable long id) {
        return claims.candidates(id);
    }

    /**
     * Puts a claim on {@code start}–{@code end} of its account's current text (a candidate, or a span
     * chosen by hand); it keeps its id and pairs. On the version read (If-Match).
     */
    @PostMapping("/api/v1/claims/{id}/reanchor")
    ResponseEntity<Claim> reanchor(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.SpanRequest request) {
        if (request.start() == null || request.end() == null) {
            throw new IllegalArgumentException("Send start and end of the claim's place in the current text.");
        }
        Claim after = claims.reanchorTo(
                id, Versions.required(ifMatch, claims.get(id).version()), request.start(), request.end());
        return Versions.tagged(after, after.version());
    }

    static List<AmbiguousQuote.Position> positions(String text, String quote) {
        List<AmbiguousQuote.Position> found = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            found.add(new AmbiguousQuote.Position(at, at + quote.length()));
        }
        return found;
    }
}

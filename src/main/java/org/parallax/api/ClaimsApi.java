package org.parallax.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimsApi {

    private final AccountService accounts;
    private final ClaimService claims;

    ClaimsApi(AccountService accounts, ClaimService claims) {
        this.accounts = accounts;
        this.claims = claims;
    }

    /**
     * Marks a claim by {@code start}/{@code end} (UTF-16 offsets) or by its {@code quote}, which must occur
     * exactly once in the text (more than once: 409 with the candidate positions).
     */
    @PostMapping("/api/v1/accounts/{id}/claims")
    ResponseEntity<Claim> mark(@PathVariable long id, @RequestBody ApiRequests.ClaimRequest request) {
        AccountSummary account = accounts.get(id);
        String text = accounts.text(id);
        int start;
        int end;
        String quote;
        if (request.start() != null || request.end() != null) {
            if (request.start() == null || request.end() == null) {
                throw new IllegalArgumentException("Send both start and end, or a quote.");
            }
            start = request.start();
            end = request.end();
            quote = request.quote();
        } else if (request.quote() != null && !request.quote().isBlank()) {
            List<AmbiguousQuote.Position> found = positions(text, request.quote());
            if (found.isEmpty()) {
                throw new IllegalArgumentException("The quote does not occur in the account's text.");
            }
            if (found.size() > 1) {
                throw new AmbiguousQuote(request.quote(), found);
            }
            start = found.getFirst().start();
            end = found.getFirst().end();
            quote = request.quote();
        } else {
            throw new IllegalArgumentException("Send start and end, or a quote.");
        }
        ClaimKind kind = request.kind() == null ? ClaimKind.FACT : Choices.of(ClaimKind.class, "kind", request.kind());
        Claim created = claims.mark(new NewClaim(
                id,
                start,
                end,
                quote,
                request.speaker() != null ? request.speaker() : account.speaker(),
                request.topic(),
                kind));
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id()))
                .body(created);
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

    static List<AmbiguousQuote.Position> positions(String text, String quote) {
        List<AmbiguousQuote.Position> found = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            found.add(new AmbiguousQuote.Position(at, at + quote.length()));
        }
        return found;
    }
}

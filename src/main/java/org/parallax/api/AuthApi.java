package org.parallax.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.parallax.security.ApiToken;
import org.parallax.security.ApiTokenService;
import org.parallax.security.IssuedToken;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

    private final ApiTokenService tokens;

    AuthApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** {"username","password"} → {"token"}; send it as Authorization: Bearer … (90 days, revocable in the app). */
    @PostMapping("/token")
    ResponseEntity<Map<String, Object>> token(@RequestBody ApiRequests.TokenRequest request, HttpServletRequest http) {
        IssuedToken issued = tokens.issue(request.username(), request.password(), http.getRemoteAddr());
        return ResponseEntity.status(201)
                .body(Map.of(
                        "token",
                        issued.token(),
                        "expiresAt",
                        issued.details().expiresAt().toString()));
    }

    /** The caller's own tokens (never their secret: only its hash is kept). */
    @GetMapping("/tokens")
    List<ApiToken> mine() {
        return tokens.mine();
    }

    /** A further token for the caller, named after the tool that will use it; its secret is shown only now. */
    @PostMapping("/tokens")
    ResponseEntity<IssuedToken> create(@RequestBody ApiRequests.TokenName request) {
        IssuedToken issued = tokens.create(request.name());
        return ResponseEntity.created(
                        URI.create("/api/v1/auth/tokens/" + issued.details().id()))
                .body(issued);
    }

    /** Revokes one of the caller's tokens, at once. */
    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}

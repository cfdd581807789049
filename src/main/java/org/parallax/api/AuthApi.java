package org.parallax.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.parallax.security.ApiTokenService;
import org.parallax.security.IssuedToken;
import org.springframework.http.ResponseEntity;
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
        return ResponseEntity.status(201).body(Map.of("token", issued.token(), "expiresAt", issued.details().expiresAt().toString()));
    }
}

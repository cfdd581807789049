package org.parallax.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from its {@code Authorization: Bearer …} token. A request without a usable
 * token goes on unauthenticated, and the API's rules answer it with 401.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final UserAccounts users;
    private final SecurityContextHolderStrategy strategy;

    ApiTokenFilter(ApiTokenService tokens, UserAccounts users, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.users = users;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.usernameFor(header.substring(7)).ifPresent(username -> {
                ParallaxUser user = users.loadUserByUsername(username);
                var context = strategy.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                strategy.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}

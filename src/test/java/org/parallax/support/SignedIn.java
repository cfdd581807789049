package org.parallax.support;

import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs a piece of a test as one of the (demo) users, the way a signed-in request would. It sets the
 * security context through the application context's own strategy bean (Vaadin's), the one method
 * security reads: with several cached test contexts the static SecurityContextHolder may point at
 * another context's strategy.
 */
@TestComponent
public class SignedIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy strategy;

    SignedIn(UserDetailsService users, SecurityContextHolderStrategy strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Runs as a visitor who has not signed in, as Spring Security sees one on the web. */
    public <T> T asVisitor(Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext visitor = strategy.createEmptyContext();
        visitor.setAuthentication(new AnonymousAuthenticationToken(
                "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        strategy.setContext(visitor);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    /** Runs with nobody signed in. */
    public <T> T anonymously(Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        strategy.setContext(strategy.createEmptyContext());
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}

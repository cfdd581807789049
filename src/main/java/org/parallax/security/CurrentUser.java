package org.parallax.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request or UI event. */
@Component
public class CurrentUser {

    public Optional<ParallaxUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ParallaxUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** @throws org.springframework.security.access.AccessDeniedException when nobody is signed in */
    public ParallaxUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
    }

    public boolean hasRole(String role) {
        return get().map(u -> Roles.impliedBy(u.role()).contains(role)).orElse(false);
    }
}

package org.parallax.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, UI event or background task. Reads the security context
 * through the application's strategy bean (Vaadin's), the one method security uses.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The security context strategy in force, for work handed to other threads. */
    public SecurityContextHolderStrategy strategy() {
        return strategy;
    }

    public Optional<ParallaxUser> get() {
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ParallaxUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** @throws org.springframework.security.access.AccessDeniedException when nobody is signed in */
    public ParallaxUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    public boolean hasRole(String role) {
        return get().map(u -> Roles.impliedBy(u.role()).contains(role)).orElse(false);
    }

    /**
     * A refusal that depends on what is refused, not only on the role (someone else's meeting, say):
     * logged like method security's refusals, and thrown by the caller.
     */
    public AccessDeniedException refusal(String action, String message) {
        logRefused(action);
        return new AccessDeniedException(message);
    }

    /** Logs a refusal that is answered otherwise (a conflict with the state of things, say). */
    public void logRefused(String action) {
        RefusalLog.log(get().map(ParallaxUser::getUsername).orElse("anonymous"), action);
    }

    /** Whether the signed-in person is the owner (the creator) or at least an editor. */
    public boolean ownsOrEdits(long ownerId) {
        return get().map(u -> u.id() == ownerId || Roles.impliedBy(u.role()).contains(Roles.EDITOR))
                .orElse(false);
    }

    /** Refuses (and logs) unless the signed-in person is the owner or at least an editor. */
    public void requireOwnerOrEditor(long ownerId, String action, String message) {
        if (!ownsOrEdits(ownerId)) {
            throw refusal(action, message);
        }
    }
}

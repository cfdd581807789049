package org.parallax.security;

import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Every action a service refuses to a role is logged (logger {@code parallax.security.refused}): who,
 * and what they tried. Method security publishes the refusals; this writes them down.
 */
@Configuration
class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger("parallax.security.refused");

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        String user = who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken
                ? "anonymous"
                : who.getName();
        Object what = event.getSource();
        String action = what instanceof MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName()
                : String.valueOf(what);
        log(user, action);
    }

    static void log(String user, String action) {
        log.warn("Refused: {} may not {}", user, action);
    }
}

package org.parallax.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.parallax.security.ui.LoginViewRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in through the Vaadin login view; method security on every service is the real access control.
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize. JSR-250 is left off on purpose: with it, Spring would proxy every view
// carrying Vaadin's @RolesAllowed/@PermitAll, and a proxied view loses its fields.
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, SignInThrottle throttle)
            throws Exception {
        http.addFilterBefore(new SignInGate(throttle), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(pathPattern("/actuator/health"), pathPattern("/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(pathPattern("/actuator/**"))
                        .hasRole(Roles.ADMIN)
                        .requestMatchers(pathPattern("/parallax/**"))
                        .permitAll());
        // The report page previews the HTML report in a frame of its own origin; other sites may not frame Parallax.
        // The other headers of the screens are set by PageHeaders, which reaches Vaadin's pages too.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        // Tracks sessions so that disabling a user ends theirs at once.
        http.sessionManagement(session ->
                session.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginViewRoute.VIEW))
                .build();
    }

    /** bcrypt today, with the algorithm recorded in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}

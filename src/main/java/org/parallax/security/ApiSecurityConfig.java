package org.parallax.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.DispatcherType;
import org.parallax.base.ProblemJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The REST API under /api: no session, no cookies, no CSRF (nothing a browser sends on its own), a bearer
 * token per request. Signing in for a token and the OpenAPI description are open; everything else needs
 * a token, and the services' method security decides the rest, as for the app's screens.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiTokenService tokens,
            UserAccounts users,
            ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // The API's own requests, and the container's error dispatch for them (else /error of the screens answers).
        http.securityMatcher(new OrRequestMatcher(pathPattern("/api/**"), ApiErrorDispatch.OF_API))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                pathPattern("/api/v1/auth/token"),
                                pathPattern("/api/v1/openapi.json"),
                                pathPattern("/api/v1/openapi.json/**"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                // JSON only: nothing to run, nothing to frame, nothing to keep in a cache.
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, users, holder), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiErrorDispatch(), DisableEncodeUrlFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> ProblemJson.write(
                                        response,
                                        401,
                                        "Send a valid API token as 'Authorization: Bearer …'; get one from POST /api/v1/auth/token."))
                        .accessDeniedHandler((request, response, e) ->
                                ProblemJson.write(response, 403, "Your role may not do this.")));
        return http.build();
    }
}

package org.parallax.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for the screens, set before anything else answers. Set through Spring Security's
 * header writer, Vaadin's page for a route (its index HTML) reached the browser with X-Frame-Options
 * alone; set up front, the headers are on every page. The API's chain sets its own.
 */
@Configuration
class PageHeaders {

    /**
     * What the screens may load: only from Parallax itself. Vaadin's client needs inline styles and
     * evaluates templates (LitRenderer), hence 'unsafe-inline' and 'unsafe-eval' for scripts and styles;
     * frames only of its own origin (the report preview).
     */
    static final String SCREENS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        if (!path.startsWith("/api/")) {
                            response.setHeader("Content-Security-Policy", SCREENS_CSP);
                            response.setHeader("X-Content-Type-Options", "nosniff");
                            response.setHeader("Referrer-Policy", "same-origin");
                            if (!path.startsWith("/VAADIN/") && !path.startsWith("/parallax/")) {
                                // Pages and their updates carry meeting data: no copies in caches.
                                response.setHeader("Cache-Control", "no-store");
                            }
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

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
 * Security headers for the screens, set before anything else answers. Spring Security's own header
 * writer (SecurityConfig) covers most responses, but Vaadin's page for a route (its index HTML) reached
 * the browser with X-Frame-Options alone; set up front, the headers are on every page.
 */
@Configuration
class PageHeaders {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!path.startsWith("/api/")) {
                    response.setHeader("Content-Security-Policy", SecurityConfig.SCREENS_CSP);
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

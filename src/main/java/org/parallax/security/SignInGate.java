package org.parallax.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parallax.security.ui.LoginViewRoute;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's sign-in: while the account or the address has used up its failed tries
 * ({@link SignInThrottle}), the password is not even checked and the login page says to wait.
 */
final class SignInGate extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!throttle.allows(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/login?error&" + LoginViewRoute.LOCKED);
            return;
        }
        chain.doFilter(request, response);
    }
}

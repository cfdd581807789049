package org.parallax.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.parallax.security.ui.LoginViewRoute;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's sign-in. A sign-in posted from another site's page (its Origin or Referer
 * names another host) is refused: it would sign the browser in to an account of the attacker's choosing
 * (login CSRF). While the account or the address has used up its failed tries ({@link SignInThrottle}),
 * the password is not even checked and the login page says to wait.
 */
final class SignInGate extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** Browsers name the page a form was posted from; a page of another host is another site. */
    static boolean fromAnotherSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.equals("null")) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return request.getHeader("Origin") != null;
        }
        try {
            URI uri = URI.create(source);
            return uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            // Not sendError: the error dispatch would end at the login page with a redirect.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in on Parallax's own login page.");
            return;
        }
        if (!throttle.allows(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/login?error&" + LoginViewRoute.LOCKED);
            return;
        }
        chain.doFilter(request, response);
    }
}

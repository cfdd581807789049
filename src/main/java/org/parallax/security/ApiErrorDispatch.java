package org.parallax.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parallax.base.DatabaseOutage;
import org.parallax.base.ProblemJson;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet container's error dispatch for an /api request (an error no controller answered: a failure
 * in a filter, a request the container refused). Spring Boot would send it to /error, which belongs to
 * the screens and answers with a redirect to the login page or HTML; an API client gets a problem detail.
 */
final class ApiErrorDispatch extends OncePerRequestFilter {

    /** An error dispatch whose original request was for the API. */
    static final RequestMatcher OF_API = request -> request.getDispatcherType() == DispatcherType.ERROR
            && String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                    .startsWith(request.getContextPath() + "/api/");

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        if (status == 500
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.causedBy(failure)) {
            // A filter (the token check, say) could not reach the database.
            status = 503;
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ProblemJson.write(response, status);
    }
}

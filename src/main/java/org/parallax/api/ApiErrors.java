package org.parallax.api;

import java.net.URI;
import org.parallax.base.ConflictException;
import org.parallax.base.NotFoundException;
import org.slf4j.Logger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors as RFC 9457 problem details with a message a person can act on: 401 wrong or no credentials,
 * 403 a role that may not, 404 nothing there, 409 a conflict (someone else's newer save, an ambiguous
 * quote), 422 input the rules refuse, 400 a body that is not the JSON expected.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
// Before Spring's own problem-details advice, whose messages ("Failed to read request") say too little.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage() == null || e.getMessage().equals("Access Denied")
                ? "Your role may not do this." : e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, ConflictException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AmbiguousQuote.class)
    ResponseEntity<ProblemDetail> ambiguous(AmbiguousQuote e) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, e.getMessage());
        answer.getBody().setProperty("candidates", e.candidates);
        return answer;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> refused(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        log.debug("Unreadable API request", e);
        return problem(HttpStatus.BAD_REQUEST, "The request is not the JSON this endpoint takes (see /api/v1/openapi.json); "
                + "dates are yyyy-mm-dd.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

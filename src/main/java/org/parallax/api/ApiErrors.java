package org.parallax.api;

import java.net.URI;
import java.util.stream.Collectors;
import org.parallax.base.ConflictException;
import org.parallax.base.DatabaseOutage;
import org.parallax.base.DatabaseRefusal;
import org.parallax.base.NotFoundException;
import org.parallax.base.ProblemJson;
import org.parallax.security.TooManySignIns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Errors as RFC 9457 problem details with a message a person can act on: 401 wrong or no credentials,
 * 403 a role that may not, 404 nothing there (no such endpoint either), 409 a conflict (someone else's
 * newer save, an ambiguous quote, a duplicate), 422 input the rules (or the database's) refuse, 400 a
 * body that is not the JSON expected, 503 the database out of reach, 500 anything else — never a page.
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

    @ExceptionHandler(Versions.Precondition.class)
    ResponseEntity<ProblemDetail> precondition(Versions.Precondition e) {
        return problem(e.status, e.getMessage());
    }

    /** Too many failed sign-ins from this account or address: wait, then try again. */
    @ExceptionHandler(TooManySignIns.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySignIns e) {
        return problem(
                HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), e.retryAfter().toSeconds());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                e.getMessage() == null || e.getMessage().equals("Access Denied")
                        ? "Your role may not do this."
                        : e.getMessage());
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        log.debug("Unreadable API request", e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLarge tooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            }
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Unknown field '" + unknown.getPropertyName() + "'; this endpoint takes "
                            + unknown.getKnownPropertyIds() + " (see /api/v1/openapi.json).");
        }
        if (e.getCause() instanceof DatabindException wrong && !wrong.getPath().isEmpty()) {
            String field = wrong.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The field '" + field + "' is not what this endpoint takes (" + reason(wrong)
                            + "); dates are yyyy-mm-dd, offsets whole numbers, texts JSON strings.");
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request is not the JSON this endpoint takes (see /api/v1/openapi.json); "
                        + "dates are yyyy-mm-dd.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' is not a valid value for this parameter.");
    }

    /** Jackson's own words for what was wrong, without the class names it adds. */
    private static String reason(DatabindException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String weird =
                message.contains(": ") && message.startsWith("Cannot deserialize value of type `java.lang.String`")
                        ? message.substring(message.lastIndexOf(": ") + 2)
                        : null;
        if (weird != null) {
            return weird;
        }
        if (message.contains("from Floating-point value") || message.contains("Floating-point value")) {
            return "a whole number is needed";
        }
        if (message.contains("from Integer value") || message.contains("from Number")) {
            return "a number where text or a date belongs";
        }
        if (message.contains("from String value") && message.contains("Date")) {
            return "not a date as yyyy-mm-dd";
        }
        return "wrong type or format";
    }

    /** A row the database refuses: a duplicate is a conflict, any other broken rule is input it refuses. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(DataIntegrityViolationException e) {
        String message = DatabaseRefusal.message(e);
        log.info("The database refused an API change: {}", message);
        if (e instanceof DuplicateKeyException || message.contains("duplicate key")) {
            return problem(
                    HttpStatus.CONFLICT,
                    "This exists already (someone may have made it at the same moment); reload and check.");
        }
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The database refused the input: it breaks the rule "
                        + DatabaseRefusal.constraint(e)
                                .map(c -> "“" + c + "”")
                                .orElse("of a field (too long, missing or out of range)")
                        + ". Nothing was saved.");
    }

    /** The database cannot be reached: worth trying again shortly. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("The database is unavailable to the API", e);
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not available at the moment; nothing was saved. Try again in a few seconds.",
                ProblemJson.UNAVAILABLE_RETRY_AFTER_SECONDS);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "There is no such endpoint; see /api/v1/openapi.json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "This endpoint does not take " + e.getMethod() + "; see /api/v1/openapi.json.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "The query parameter '" + e.getParameterName() + "' is missing.");
    }

    /** Whatever nobody foresaw: logged in full, answered as a problem, never as a page or a redirect. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e);
        }
        log.error("Unexpected error in the API", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; nothing was saved. It is logged.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A problem worth trying again after the given seconds (Retry-After). */
    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, long retryAfterSeconds) {
        ResponseEntity<ProblemDetail> answer = problem(status, detail);
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .body(answer.getBody());
    }
}

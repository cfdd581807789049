package org.parallax.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem detail written straight to a response, where no controller (and no message
 * converter) is at hand: security filters, the error dispatch, the servlet container's own refusals.
 * Controllers answer with Spring's ProblemDetail, which has the same fields.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** When to try again after the database was out of reach. */
    public static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private ProblemJson() {}

    /** A problem with the status's own title and the given detail. */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : status >= 500 ? "Internal Server Error" : "Error";
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (status == 503) {
            response.setHeader("Retry-After", Long.toString(UNAVAILABLE_RETRY_AFTER_SECONDS));
        }
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"" + escaped(title) + "\",\"status\":" + status
                                + ",\"detail\":\"" + escaped(detail) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A problem for a status that nothing but the server's machinery answered, with a standard detail. */
    public static void write(HttpServletResponse response, int status) throws IOException {
        write(
                response,
                status,
                switch (status) {
                    case 400 ->
                        "The request could not be read as sent (too long, or not well-formed); see /api/v1/openapi.json.";
                    case 404 -> "There is no such endpoint; see /api/v1/openapi.json.";
                    case 413 -> "The request body is larger than the server accepts.";
                    case 414, 431 -> "The request line or its headers are longer than the server accepts.";
                    case 503 -> "The service is not available at the moment; try again in a few seconds.";
                    default ->
                        status >= 500
                                ? "Something went wrong on the server; nothing was saved. It is logged."
                                : "The request was refused (" + status + ").";
                });
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

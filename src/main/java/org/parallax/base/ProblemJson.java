package org.parallax.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem detail written straight to a response, where no controller (and no message
 * converter) is at hand: security filters, the error dispatch, the servlet container's own refusals.
 * Controllers answer with Spring's ProblemDetail, which has the same fields.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + escaped(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escaped(detail) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

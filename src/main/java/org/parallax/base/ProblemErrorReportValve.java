package org.parallax.base;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.LoggerFactory;

/**
 * What Tomcat itself answers when it refuses a request before any servlet sees it (a request line or
 * headers too long, a malformed request): for the API a problem detail instead of Tomcat's HTML page;
 * for the screens Tomcat's page without its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowServerInfo(false);
        setShowReport(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getRequestURI();
        if (status < 400 || response.getContentWritten() > 0 || uri != null && !uri.startsWith("/api/")) {
            // Someone answered already (a problem detail from the API, a page), or it is not the API's.
            super.report(request, response, throwable);
            return;
        }
        try {
            ProblemJson.write(response, status);
            response.finishResponse();
        } catch (IOException e) {
            LoggerFactory.getLogger(ProblemErrorReportValve.class).debug("Could not write a problem detail", e);
        }
    }
}

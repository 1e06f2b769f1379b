package org.passage.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report for the errors it answers before the application sees the request
 * (a URI it cannot decode, a path it rejects): a bare problem+json under {@code /api}, so every API
 * error has one shape; Tomcat's HTML page, without its report or server details, elsewhere.
 * Errors the application answers go to {@link ErrorPageController} and never reach this report.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    public ProblemJsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isApiOrUnknown(request.getRequestURI())) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was already on its way; nothing more to say.
        }
    }

    /**
     * The raw request URI, which may not even decode, names the API when it starts with {@code /api/};
     * a request line Tomcat could not parse has none, and is answered as the API would be (browsers
     * never send such a line: they escape what Tomcat refuses).
     */
    static boolean isApiOrUnknown(String rawUri) {
        return rawUri == null || rawUri.isEmpty() || rawUri.equals("/api") || rawUri.startsWith("/api/");
    }
}

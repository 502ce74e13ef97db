package org.civicdata.tracker.infra.vaadin;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error page, replaced: every error Tomcat answers itself (a request line or header it
 * refuses, too many headers, a bad Host, an exception no one handled) gets a short page of ours, or
 * JSON under /api, with the status and a sentence, never a stack trace, an exception's text or the
 * server's name and version. Installed as the host's error report valve, which Tomcat also uses for
 * requests it refuses before they reach the app.
 */
public final class PlainErrorReportValve extends ErrorReportValve {

    private static final Map<Integer, String> SAYS = Map.of(
            400, "The request could not be understood: its address or headers are malformed.",
            404, "There is nothing at this address.",
            405, "This address does not answer that kind of request.",
            408, "The request took too long to arrive.",
            413, "The request is too large.",
            414, "The address is too long.",
            431, "The request's headers are too large or too many.",
            501, "This kind of request is not supported.",
            503, "The service is not available right now; try again shortly.");

    public PlainErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String says = SAYS.getOrDefault(
                status,
                status >= 500
                        ? "Something went wrong on our side. The error is logged; please try again later."
                        : "The request could not be answered.");
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? json(status, says) : html(status, says));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body: nothing more to say.
        }
    }

    private static String json(int status, String says) {
        return "{\"error\":\"http_" + status + "\",\"message\":\"" + says + "\",\"slug\":null,\"parameter\":null}";
    }

    private static String html(int status, String says) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + status
                + ": Jurisdiction policy tracker</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\"><link rel=\"icon\" type=\"image/svg+xml\" "
                + "href=\"/assets/favicon.svg\"></head><body><main id=\"content\"><h1>Error " + status
                + "</h1><p class=\"error\">"
                + says + "</p><p><a href=\"/\">Back to the map</a></p></main></body></html>";
    }
}

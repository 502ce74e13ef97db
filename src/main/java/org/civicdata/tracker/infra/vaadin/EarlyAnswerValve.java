package org.civicdata.tracker.infra.vaadin;

import jakarta.inject.Provider;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Last in the engine's pipeline, after {@link SecurityHeadersValve}: lets {@link EarlyAnswers}
 * answer a public GET or HEAD before the request goes on to the context (its filter chain, made per
 * request, and Micronaut's servlet). A 304 then costs Tomcat's parsing and the security headers,
 * nothing more. Never for the staff UI ({@code /admin}, {@code /VAADIN}), other methods, or a
 * request that names a session or carries credentials: those always go on.
 */
final class EarlyAnswerValve extends ValveBase {

    private final Provider<EarlyAnswers> answers;
    private final EncodedHeaders headers = new EncodedHeaders();
    private volatile EarlyAnswers resolved;

    EarlyAnswerValve(Provider<EarlyAnswers> answers) {
        super(true);
        this.answers = answers;
    }

    /**
     * The answering bean, asked of the context once (at the first request: it does not exist yet
     * when Tomcat is made): asking at every request was 6% of a 304's time (docs/benchmarks.md).
     */
    private EarlyAnswers answers() {
        EarlyAnswers bean = resolved;
        if (bean == null) {
            bean = answers.get();
            resolved = bean;
        }
        return bean;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        // A request Tomcat already refuses (a bad Host, say) keeps its refusal.
        boolean refused = response.isError() || response.getStatus() != 200 || request.getContext() == null;
        if (refused || !eligible(request) || !answers().answered(request, response, headers.on(response))) {
            getNext().invoke(request, response);
        }
    }

    static boolean eligible(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return ("GET".equals(method) || "HEAD".equals(method))
                && path != null
                && !path.startsWith("/admin")
                && !path.startsWith("/VAADIN")
                && request.getRequestedSessionId() == null
                && request.getHeader("Authorization") == null;
    }
}

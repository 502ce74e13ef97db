package org.civicdata.tracker.infra.vaadin;

import jakarta.inject.Provider;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter after {@link BadEscapeFilter}: lets {@link EarlyAnswers} answer a public GET or
 * HEAD before Micronaut's servlet sees it (a 304 costs microseconds instead of the framework's request
 * pipeline). Never for the staff UI ({@code /admin}, {@code /VAADIN}), other methods, or a request
 * that names a session or carries credentials: those always go to the app.
 */
final class EarlyAnswerFilter implements Filter {

    private final Provider<EarlyAnswers> answers;

    EarlyAnswerFilter(Provider<EarlyAnswers> answers) {
        this.answers = answers;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!eligible(http) || !answers.get().answered(http, (HttpServletResponse) response)) {
            chain.doFilter(request, response);
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

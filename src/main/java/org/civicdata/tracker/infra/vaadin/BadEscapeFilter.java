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
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A query string with a broken percent escape ({@code ?q=%}, {@code ?q=%zz}) is a 400 before it
 * reaches the app, which would otherwise fail to decode it (a 500 with a stack trace): the site's own
 * page on public routes, JSON under /api, Tomcat's (that is, {@link PlainErrorReportValve}'s) page under /admin.
 */
final class BadEscapeFilter implements Filter {

    static final String MESSAGE = "The address has a % sign that is not followed by two hexadecimal digits "
            + "(write a % in a value as %25).";
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Provider<PublicErrorPages> pages;

    BadEscapeFilter(Provider<PublicErrorPages> pages) {
        this.pages = pages;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String query = http.getQueryString();
        if (query == null || !BAD_ESCAPE.matcher(query).find()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        String path = http.getRequestURI();
        if (path.startsWith("/admin")) {
            answer.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean api = path.startsWith("/api/");
        answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        answer.setContentType(api ? "application/json" : "text/html;charset=utf-8");
        answer.setCharacterEncoding("utf-8");
        byte[] body = (api
                        ? "{\"error\":\"bad_request\",\"message\":\"" + MESSAGE + "\",\"slug\":null,\"parameter\":null}"
                        : pages.get().badRequest(MESSAGE))
                .getBytes(StandardCharsets.UTF_8);
        answer.setContentLength(body.length);
        answer.getOutputStream().write(body);
    }
}

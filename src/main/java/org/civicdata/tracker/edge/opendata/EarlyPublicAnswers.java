package org.civicdata.tracker.edge.opendata;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.civicdata.tracker.infra.vaadin.EarlyAnswers;

/**
 * The public answers that need no routing, sent from a Tomcat valve ahead of the context and Micronaut: a 304 to
 * an {@code If-None-Match} that matches the current ETag, on every public cacheable path; and the body
 * {@link PublicResponses} kept for this URL at the current data version (gzipped when asked), written
 * straight to the socket. Same status, headers and bytes the controllers would send, decided by
 * {@link PublicResponses}; anything else (first render, a stale tag with nothing kept, an outage, a
 * path not listed here) goes to the app as before.
 */
@Singleton
final class EarlyPublicAnswers implements EarlyAnswers {

    /** The paths answered through {@link PublicResponses} (the public site and the open-data API). */
    static final Pattern PUBLIC_PATHS = Pattern.compile("/|/codebook|/favicon\\.ico|/api/docs|/api/openapi\\.yml"
            + "|/api/jurisdictions(\\.csv|\\.geojson)?|/api/jurisdictions/[^/]+|/j/[^/]+|/assets/[^/]+");

    private final PublicResponses responses;

    EarlyPublicAnswers(PublicResponses responses) {
        this.responses = responses;
    }

    @Override
    public boolean answered(HttpServletRequest request, HttpServletResponse response, BiConsumer<String, String> header)
            throws IOException {
        String path = request.getRequestURI();
        if (!PUBLIC_PATHS.matcher(path).matches()) {
            return false;
        }
        String etag;
        try {
            etag = responses.currentETag();
        } catch (RuntimeException e) {
            return false; // the database went away mid-read: the app serves what it kept, or a 503
        }
        if (etag == null) {
            return false;
        }
        if (PublicResponses.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            PublicResponses.headers(etag, header);
            return true;
        }
        String query = request.getQueryString();
        PublicResponses.Rendered kept = responses.kept(query == null ? path : path + "?" + query);
        if (kept == null || !kept.etag().equals(etag)) {
            return false;
        }
        byte[] body = kept.bodyFor(request.getHeader("Accept-Encoding"));
        response.setStatus(HttpServletResponse.SC_OK);
        PublicResponses.headers(etag, header);
        response.setContentType(kept.type());
        if (body != kept.bytes()) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            PublicResponses.send(response.getOutputStream(), body, path);
        }
        return true;
    }
}

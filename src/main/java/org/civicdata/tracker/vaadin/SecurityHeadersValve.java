package org.civicdata.tracker.vaadin;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The one place that sets the security headers, for every answer: public pages, the API, the staff
 * UI and its resources, and error pages (ours, Vaadin's and Tomcat's). It sits in the engine's
 * pipeline, after Tomcat's {@code RemoteIpValve} (so a request that came over HTTPS through a
 * trusted proxy counts as secure), before anything writes a byte.
 */
final class SecurityHeadersValve extends ValveBase {

    /**
     * Public pages: our own stylesheet, script and icon, fetches of our own pages (the map's side
     * panel), no inline script or style, nothing from another host, no framing.
     */
    static final String PUBLIC_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The staff UI: the tightest policy Vaadin Flow 24 runs under (proven in Chromium by
     * {@code ContentSecurityPolicyE2ETest}). Its bootstrap page has inline script, its client runs
     * server-sent JavaScript with {@code new Function}, and its components write style elements.
     */
    static final String STAFF_CSP = "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

    static final String HSTS = "max-age=31536000";

    SecurityHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        apply(request, response);
        getNext().invoke(request, response);
    }

    static void apply(Request request, Response response) {
        if (response.isCommitted()) {
            return;
        }
        String path = request.getRequestURI();
        boolean staff = path != null && (path.equals("/admin") || path.startsWith("/admin/"));
        response.setHeader("Content-Security-Policy", staff ? STAFF_CSP : PUBLIC_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", staff ? "same-origin" : "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}

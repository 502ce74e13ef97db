package org.civicdata.tracker.infra.vaadin;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
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
     * The staff UI: the tightest policy Vaadin Flow 24 runs under (found and proven in Chromium by
     * {@code ContentSecurityPolicyE2ETest}), {@code NONCE} replaced by a fresh nonce per answer. The
     * bootstrap page's own inline scripts carry that nonce ({@link StaffPageNonce}), so no other
     * inline script runs; Flow's client evaluates the JavaScript the server sends with
     * {@code new Function} ('unsafe-eval'); its web components write style elements and style
     * attributes ('unsafe-inline' for styles only); Lumo's icon font is a data: URL; the bootstrap
     * page sets {@code <base href>} to /admin/.
     */
    static final String STAFF_CSP = "default-src 'none'; script-src 'self' 'nonce-NONCE' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

    /** The request attribute holding this answer's script nonce (staff answers only). */
    static final String NONCE_ATTRIBUTE = SecurityHeadersValve.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    static final String HSTS = "max-age=31536000";

    private static final byte[] PUBLIC_CSP_BYTES = EncodedHeaders.encode(PUBLIC_CSP);
    private static final byte[] NOSNIFF = EncodedHeaders.encode("nosniff");
    private static final byte[] DENY = EncodedHeaders.encode("DENY");
    private static final byte[] STAFF_REFERRER = EncodedHeaders.encode("same-origin");
    private static final byte[] PUBLIC_REFERRER = EncodedHeaders.encode("strict-origin-when-cross-origin");
    private static final byte[] HSTS_BYTES = EncodedHeaders.encode(HSTS);

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
        // Set as bytes encoded once (EncodedHeaders), but for the staff policy's fresh nonce.
        if (staff) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
            response.setHeader("Content-Security-Policy", STAFF_CSP.replace("NONCE", nonce));
        } else {
            EncodedHeaders.set(response, "Content-Security-Policy", PUBLIC_CSP_BYTES);
        }
        EncodedHeaders.set(response, "X-Content-Type-Options", NOSNIFF);
        EncodedHeaders.set(response, "X-Frame-Options", DENY);
        EncodedHeaders.set(response, "Referrer-Policy", staff ? STAFF_REFERRER : PUBLIC_REFERRER);
        if (request.isSecure()) {
            EncodedHeaders.set(response, "Strict-Transport-Security", HSTS_BYTES);
        }
    }
}

package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

/** What every answer must carry, by where it was asked: the staff UI's headers under /admin, the public ones elsewhere. */
public final class SecurityHeaderChecks {

    private SecurityHeaderChecks() {}

    /**
     * @param path the request's path (decides which policy is expected)
     * @param header the answer's header by name (case-insensitive), null when absent
     */
    public static void assertSecurityHeaders(String label, String path, Function<String, String> header) {
        boolean staff = path.equals("/admin") || path.startsWith("/admin/");
        String policy = header.apply("Content-Security-Policy");
        assertThat(policy).as(label + ": Content-Security-Policy").isNotNull().contains("frame-ancestors 'none'");
        assertThat(policy.replaceFirst("'nonce-[A-Za-z0-9+/=]{24}'", "'nonce-NONCE'"))
                .as(label + ": Content-Security-Policy")
                .isEqualTo(staff ? SecurityHeadersValve.STAFF_CSP : SecurityHeadersValve.PUBLIC_CSP);
        assertThat(header.apply("X-Content-Type-Options"))
                .as(label + ": X-Content-Type-Options")
                .isEqualTo("nosniff");
        assertThat(header.apply("X-Frame-Options"))
                .as(label + ": X-Frame-Options")
                .isEqualTo("DENY");
        assertThat(header.apply("Referrer-Policy"))
                .as(label + ": Referrer-Policy")
                .isEqualTo(staff ? "same-origin" : "strict-origin-when-cross-origin");
        // Plain HTTP from a client that is no trusted proxy: never HSTS.
        assertThat(header.apply("Strict-Transport-Security"))
                .as(label + ": Strict-Transport-Security")
                .isNull();
        if (!staff) {
            assertThat(header.apply("Set-Cookie"))
                    .as(label + ": the public side sets no cookie")
                    .isNull();
        }
    }
}

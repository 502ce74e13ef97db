package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Error answers carry the security headers as the pages do: the site's 404 and 400 pages, the API's
 * JSON errors, Vaadin's and Tomcat's answers under /admin. (Every route's own answer is checked by
 * {@code RouteAccessTest}, requests Tomcat refuses by {@link MalformedRequestsTest}.)
 */
@MicronautTest(transactional = false)
class SecurityHeadersTest {

    @Inject
    EmbeddedServer server;

    @Inject
    SeedLoader seeds;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + target))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void errorAnswersCarryTheHeadersOfWhereTheyWereAsked() throws Exception {
        Map<String, Integer> expected = Map.of(
                "/no-such-page", 404,
                "/j/no-such-place", 404,
                "/api/jurisdictions/no-such-place", 404,
                "/api/jurisdictions?asOf=yesterday", 400,
                "/assets/no-such.css", 404,
                "/admin/VAADIN/no-such-file.js", 404,
                "/admin/no-such-view", 404);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            HttpResponse<String> response = get(e.getKey());
            assertThat(response.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
            SecurityHeaderChecks.assertSecurityHeaders(
                    e.getKey() + " (" + response.statusCode() + ")",
                    e.getKey().split("\\?")[0],
                    name -> response.headers().firstValue(name).orElse(null));
            assertThat(response.body())
                    .as(e.getKey())
                    .doesNotContain("<script>")
                    .doesNotContainIgnoringCase("style=");
        }
    }

    @Test
    void theStaffUiAndThePublicMapCarryTheirOwnPolicies() throws Exception {
        HttpResponse<String> staff = get("/admin/");
        assertThat(staff.statusCode()).isEqualTo(200);
        String policy = staff.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceFirst("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(policy).isEqualTo(SecurityHeadersValve.STAFF_CSP.replace("NONCE", nonce));
        // The bootstrap page's inline scripts carry this answer's nonce; another answer gets another.
        assertThat(staff.body())
                .contains("<script")
                .doesNotContainPattern("<script(?![^>]*\\s(src|nonce)=)")
                .contains("nonce=\"" + nonce + "\"");
        assertThat(get("/admin/")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .doesNotContain(nonce);
        HttpResponse<String> map = get("/");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersValve.PUBLIC_CSP);
        // What the strict public policy would block is not in the page: no inline script, style or handler.
        assertThat(map.body())
                .doesNotContain("<script>")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContainIgnoringCase("style=")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("javascript:");
    }
}

package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests no HTTP client would send, written byte for byte on a socket: none gets a 500, a stack
 * trace or the server's name and version; the public routes answer 400 with the site's own page, or
 * JSON under /api. Every answer, refusals included, carries the security headers
 * ({@link SecurityHeaderChecks}).
 */
@MicronautTest(transactional = false)
class MalformedRequestsTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aBadPercentEscapeOnAnyPublicPageIsA400WithTheSitesOwnPage() throws IOException {
        for (String target : new String[] {"/?q=%", "/?state=%zz", "/j/chicago-il?x=%", "/codebook?%=1"}) {
            Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("content-type")).as(target).startsWith("text/html");
            assertThat(answer.body()).as(target).contains("Back to the map");
            assertSafe(target, answer);
        }
    }

    @Test
    void aBadPercentEscapeUnderApiIsA400InJson() throws IOException {
        for (String target : new String[] {
            "/api/jurisdictions?q=%",
            "/api/jurisdictions.csv?state=%G1",
            "/api/jurisdictions/chicago-il?asOf=%",
            "/api/docs?q=%"
        }) {
            Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("content-type")).as(target).startsWith("application/json");
            assertThat(answer.body()).as(target).contains("\"error\"");
            assertSafe(target, answer);
        }
    }

    @Test
    void requestsTheServerItselfRefusesGetNoServerPageAndNoTrace() throws IOException {
        StringBuilder manyHeaders = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            manyHeaders.append("X-Filler-").append(i).append(": ").append(i).append("\r\n");
        }
        String[] requests = {
            "GET / HTTP/1.1\r\nHost: bad host name!\r\nConnection: close\r\n\r\n",
            "GET /api/jurisdictions HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\n" + manyHeaders + "Connection: close\r\n\r\n",
            "GET /admin HTTP/1.1\r\nHost: localhost\r\n" + manyHeaders + "Connection: close\r\n\r\n",
            "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /admin/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /a|b{c} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /?q=\u00e9 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "BREW / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\nConnection: close\r\n\r\n",
        };
        for (String request : requests) {
            String label = request.substring(0, Math.min(70, request.length())).replace("\r\n", " | ");
            Answer answer = send(request);
            assertThat(answer.status()).as(label).isBetween(400, 499);
            assertSafe(label, answer);
        }
        // The one refusal HTTP gives a 5xx code of its own, 505, still with our page.
        Answer version = send("GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(version.status()).isEqualTo(505);
        assertSafe("HTTP/9.9", version);
    }

    @Test
    void oddHeadersNeverGetAServerError() throws IOException {
        String[] headers = {
            "Content-Type: ;;",
            "Accept: text/html;q=abc",
            "Accept: */*;q=",
            "If-None-Match: \"",
            "If-Modified-Since: yesterday",
            "Cookie: ===; ;",
            "Accept-Language: ??",
            "Accept-Encoding: gzip;q=x",
            "Range: bytes=9-1"
        };
        for (String path : new String[] {"/", "/api/jurisdictions", "/j/chicago-il", "/admin"}) {
            for (String header : headers) {
                String label = path + " with " + header;
                Answer answer = send(
                        "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n");
                assertThat(answer.status()).as(label).isLessThan(500);
                assertSafe(label, answer);
            }
        }
    }

    @Test
    void ordinaryAnswersCarryNoServerHeader() throws IOException {
        for (String target : new String[] {"/", "/api/jurisdictions", "/admin", "/nothing-here"}) {
            Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(target).isLessThan(500);
            assertSafe(target, answer);
        }
    }

    private static void assertSafe(String label, Answer answer) {
        assertThat(answer.header("server")).as(label + ": Server header").isNull();
        String path = answer.requestTarget().split("\\?")[0];
        SecurityHeaderChecks.assertSecurityHeaders(label, path, answer::header);
        assertThat(answer.head() + answer.body())
                .as(label)
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContainIgnoringCase("stack trace")
                .doesNotContainIgnoringCase("micronaut");
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("an HTTP answer to %s, got: %s", request, text).isPositive();
            return new Answer(request.split(" ")[1], text.substring(0, end), text.substring(end + 4));
        }
    }

    private record Answer(String requestTarget, String head, String body) {
        int status() {
            return Integer.parseInt(head.split(" ", 3)[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }
}

package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The answers sent before Micronaut routes a request ({@link EarlyPublicAnswers}), over real HTTP:
 * a matching revalidation is a 304 with the headers of the full response and no body, a body kept
 * for the current data version goes out as the controller sent it (gzipped when asked), a stale tag
 * gets a 200, and the staff UI, other methods, sessions and credentials always reach the app. A
 * client that hangs up mid-body is logged once at DEBUG, never as an error.
 */
@MicronautTest(transactional = false)
@Property(name = "tracker.test.count-routed", value = "true")
class EarlyPublicAnswersTest {

    private static final String CACHE_CONTROL =
            "public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400";

    @Inject
    EmbeddedServer server;

    @Inject
    RoutedRequests routed;

    @Inject
    SeedLoader seeds;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/j/illinois-il",
                "/codebook",
                "/api/docs",
                "/api/openapi.yml",
                "/api/jurisdictions",
                "/api/jurisdictions?state=IL",
                "/api/jurisdictions.csv",
                "/api/jurisdictions.geojson",
                "/api/jurisdictions/illinois-il",
                "/assets/site.css",
                "/favicon.ico"
            })
    void revalidationsAndKeptBodiesAreAnsweredBeforeRoutingWithTheFullResponsesHeaders(String path) throws Exception {
        HttpResponse<byte[]> full = get(path);
        assertThat(full.statusCode()).isEqualTo(200);
        String etag = full.headers().firstValue("ETag").orElseThrow();
        assertThat(full.headers().firstValue("Cache-Control")).contains(CACHE_CONTROL);
        assertThat(full.headers().firstValue("Vary").orElseThrow()).isEqualToIgnoringCase("Accept-Encoding");

        int before = routed.count();
        HttpResponse<byte[]> notModified = get(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        Map<String, List<String>> expected = headers(full);
        expected.keySet().removeAll(List.of("content-length", "content-type"));
        Map<String, List<String>> got = headers(notModified);
        got.remove("content-length");
        assertThat(got).isEqualTo(expected);

        HttpResponse<byte[]> again = get(path);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(headers(again)).isEqualTo(headers(full));
        assertThat(again.body()).isEqualTo(full.body());
        assertThat(routed.count()).as("answered without routing").isEqualTo(before);

        HttpResponse<byte[]> stale = get(path, "If-None-Match", "W/\"an-old-version\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(full.body());
    }

    @Test
    void aRevalidationOfAPageNeverRenderedIsAnsweredBeforeRoutingToo() throws Exception {
        String etag = get("/j/illinois-il").headers().firstValue("ETag").orElseThrow();
        int before = routed.count();
        HttpResponse<byte[]> notModified = get("/j/illinois-il?asOf=2021-03-04", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag")).contains(etag);
        assertThat(routed.count()).isEqualTo(before);
    }

    @Test
    void sessionsCredentialsOtherMethodsAndTheStaffUiAlwaysReachTheApp() throws Exception {
        String etag = get("/api/jurisdictions").headers().firstValue("ETag").orElseThrow();

        int before = routed.count();
        HttpResponse<byte[]> withSession =
                get("/api/jurisdictions", "If-None-Match", etag, "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(withSession.statusCode()).isEqualTo(304); // the app's own answer, the same
        assertThat(routed.count()).isEqualTo(before + 1);
        get("/api/jurisdictions", "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(routed.count()).isEqualTo(before + 2);
        get("/api/jurisdictions", "If-None-Match", etag, "Authorization", "Basic YTpi");
        assertThat(routed.count()).isEqualTo(before + 3);

        HttpResponse<byte[]> post = client.send(
                HttpRequest.newBuilder(uri("/api/jurisdictions"))
                        .header("If-None-Match", etag)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isNotEqualTo(304).isGreaterThanOrEqualTo(400);
        assertThat(routed.count()).isEqualTo(before + 4);

        for (String staff : List.of("/admin", "/admin/login", "/VAADIN/build/x.js")) {
            HttpResponse<byte[]> answer = get(staff, "If-None-Match", etag);
            assertThat(answer.statusCode()).as(staff).isNotEqualTo(304);
            assertThat(answer.headers().firstValue("ETag")).as(staff).isNotEqualTo(java.util.Optional.of(etag));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/jurisdictions.geojson?kind=city", "/api/jurisdictions.csv?kind=city", "/"})
    void gzippedWhenAskedFromTheKeptBytesBothWhenRenderedAndWhenKept(String path) throws Exception {
        HttpResponse<byte[]> identity = get(path);
        for (int i = 0; i < 2; i++) { // the first through the controller, the second before routing
            int before = routed.count();
            HttpResponse<byte[]> gzipped = get(path + (path.contains("?") ? "&" : "?") + "state=", gzipHeader());
            assertThat(routed.count() - before).as("routed on pass " + i).isEqualTo(i == 0 ? 1 : 0);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(gzipped.headers().firstValue("Vary").orElseThrow()).isEqualToIgnoringCase("Accept-Encoding");
            assertThat(gzipped.headers().firstValue("Content-Length"))
                    .contains(Integer.toString(gzipped.body().length));
            assertThat(gzipped.headers().firstValue("ETag"))
                    .isEqualTo(identity.headers().firstValue("ETag"));
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(identity.body());
            }
            assertThat(gzipped.body().length).isLessThan(identity.body().length);
        }
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(identity.headers().firstValue("Content-Length")).contains(Integer.toString(identity.body().length));
        HttpResponse<byte[]> refused = get(path, "Accept-Encoding", "gzip;q=0, identity");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(identity.body());
    }

    @Test
    void acceptEncodingIsReadAsRfc9110Says() {
        assertThat(PublicResponses.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PublicResponses.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PublicResponses.acceptsGzip("*")).isTrue();
        assertThat(PublicResponses.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PublicResponses.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(PublicResponses.acceptsGzip("identity")).isFalse();
        assertThat(PublicResponses.acceptsGzip("")).isFalse();
        assertThat(PublicResponses.acceptsGzip(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Cookie: JSESSIONID=0123456789ABCDEF\r\n"})
    void aClientHangingUpMidBodyIsLoggedOnceAtDebugNotAsAnError(String routedHeader) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger early = (Logger) LoggerFactory.getLogger(PublicResponses.class.getName());
        Level was = early.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        early.setLevel(Level.DEBUG);
        try {
            String path = "/";
            int length = get(path).body().length;
            int hangUps = 3;
            for (int i = 1; i <= hangUps; i++) {
                hangUpDuring(path, routedHeader, length);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (debugHangUps(events) < i && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(debugHangUps(events))
                        .as("DEBUG lines after hang-up " + i)
                        .isEqualTo(i);
            }
            Thread.sleep(500); // a second line for the same hang-up would come now
            assertThat(events.list)
                    .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .isEmpty();
            assertThat(debugHangUps(events)).as("once per hang-up").isEqualTo(hangUps);
        } finally {
            root.detachAppender(events);
            early.setLevel(was);
        }
    }

    private static long debugHangUps(ListAppender<ILoggingEvent> events) {
        return events.list.stream()
                .filter(e -> e.getLoggerName().equals(PublicResponses.class.getName()))
                .filter(e -> e.getLevel() == Level.DEBUG)
                .count();
    }

    /**
     * Asks for {@code path} over one connection, pipelined, as many times as it takes to fill more
     * than the socket buffers hold, reads a little of the answer, waits until the app's request
     * thread is stuck writing a body ({@link #blockedSending}: the buffers are full) and resets the
     * connection: the app is then provably mid-body to a client that is gone. Resetting at once
     * instead left it to chance whether the reset met a write in {@link PublicResponses#send} or the
     * app between two answers (no write, no line): three such misses in a row failed this test.
     */
    private void hangUpDuring(String path, String extraHeaders, int length) throws Exception {
        int requests = Math.min(90, 12_000_000 / length + 1);
        assertThat((long) requests * length)
                .as("more than the socket buffers hold")
                .isGreaterThan(8_000_000);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()));
            OutputStream out = socket.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
            out.write(request.repeat(requests).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(socket.getInputStream().readNBytes(2048)).hasSize(2048);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!blockedSending() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(blockedSending())
                    .as("a request thread waits in PublicResponses.send")
                    .isTrue();
            socket.setSoLinger(true, 0);
        }
    }

    /** Whether a thread of this JVM (the app's) waits inside {@link PublicResponses#send}: its write is stuck. */
    private static boolean blockedSending() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(t -> t.getKey().getState() == Thread.State.WAITING
                        || t.getKey().getState() == Thread.State.TIMED_WAITING)
                .anyMatch(t -> Arrays.stream(t.getValue())
                        .anyMatch(frame -> frame.getClassName().equals(PublicResponses.class.getName())
                                && frame.getMethodName().equals("send")));
    }

    private static String[] gzipHeader() {
        return new String[] {"Accept-Encoding", "gzip, deflate"};
    }

    /** Every header but Date (the one that may differ between two answers a second apart). */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        headers.remove(":status");
        return headers;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

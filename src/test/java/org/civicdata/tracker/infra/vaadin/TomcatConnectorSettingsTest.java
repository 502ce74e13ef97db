package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/** The connector as {@link TomcatConnectorSettings} sets it, and what a client sees of it. */
@MicronautTest(transactional = false)
class TomcatConnectorSettingsTest {

    private static final int KB = 1024;

    @Inject
    EmbeddedServer server;

    @Inject
    Tomcat tomcat;

    @Test
    void socketBuffersAreOffTheHeapAndSizedForTheDownloads() {
        Connector connector = tomcat.getConnector();
        assertThat(setting(connector, "socket.directBuffer")).isEqualTo("true");
        assertThat(setting(connector, "socket.appWriteBufSize")).isEqualTo(String.valueOf(256 * KB));
        assertThat(setting(connector, "keepAliveTimeout")).isEqualTo("20000");
        assertThat(setting(connector, "maxKeepAliveRequests")).isEqualTo("1000");
        assertThat(setting(connector, "maxConnections"))
                .isEqualTo(String.valueOf(
                        TomcatConnectorSettings.maxConnections(TomcatConnectorSettings.directMemoryLimit(), 264 * KB)));
    }

    private static String setting(Connector connector, String name) {
        return String.valueOf(connector.getProperty(name));
    }

    @Test
    void connectionsAreCappedSoTheirBuffersFitInHalfOfTheDirectMemory() {
        long gib = 1024L * 1024 * 1024;
        assertThat(TomcatConnectorSettings.maxConnections(6 * gib, 264 * KB)).isEqualTo(4096);
        assertThat(TomcatConnectorSettings.maxConnections(gib, 264 * KB)).isEqualTo(1985);
        assertThat(TomcatConnectorSettings.maxConnections(64L * 1024 * 1024, 264 * KB))
                .isEqualTo(256);
    }

    @Test
    void aWriteBufferOutsideItsBoundsIsRefusedByName() {
        assertThatThrownBy(() -> new TomcatConnectorSettings(8, Duration.ofMillis(20), 1024, Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tracker.http.write-buffer")
                .hasMessageContaining("1024");
    }

    /** Tomcat closes a keep-alive connection after 100 answers by default; a client now gets 1,000. */
    @Test
    void aKeptAliveConnectionAnswersMoreThanAHundredRequests() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 1; i <= 150; i++) {
                out.write(("GET /api/jurisdictions?state=ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(in);
                assertThat(head).as("answer %d", i).startsWith("HTTP/1.1 200");
                assertThat(head.toLowerCase(Locale.ROOT)).as("answer %d", i).doesNotContain("connection: close");
                in.readNBytes(contentLength(head));
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection after: " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(
                        line.substring("content-length:".length()).trim());
            }
        }
        throw new AssertionError("no Content-Length in " + head);
    }
}

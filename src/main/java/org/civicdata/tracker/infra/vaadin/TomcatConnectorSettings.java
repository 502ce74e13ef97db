package org.civicdata.tracker.infra.vaadin;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's connector: gzip for text responses over 1 KB (the public ones come gzipped already, see
 * {@code PublicResponses}; Tomcat leaves a response with a Content-Encoding alone; it compresses only
 * responses whose ETag is weak, and the public ones are), its socket buffers, its connections and its
 * request threads ({@link RequestThreads}).
 *
 * <p>Socket writes: a kept download is copied once into the connection's write buffer and goes to the
 * kernel in writes of that buffer's size. {@code tracker.http.write-buffer} (256 KB) sends a 0.5 MB
 * gzipped download in three writes instead of nine (64 KB) or 67 (Tomcat's 8 KB), and the buffer is off
 * the heap, so the JDK does not copy every byte once more into a temporary direct buffer: together a
 * quarter less of the app's CPU per download (docs/benchmarks.md). Each open connection holds its buffers
 * (write + 8 KB read), so open connections are capped to keep them within half of the JVM's direct memory
 * (at most {@link #MAX_CONNECTIONS}), and an idle keep-alive connection is closed after
 * {@code tracker.http.keep-alive} (20 s) to give its place to another client (docs/operations.md).
 */
@Singleton
final class TomcatConnectorSettings implements BeanCreatedEventListener<Tomcat> {

    private static final Logger LOG = LoggerFactory.getLogger(TomcatConnectorSettings.class);

    static final String COMPRESSIBLE = "text/html,text/css,text/plain,text/csv,text/javascript,application/javascript,"
            + "application/json,application/geo+json,application/yaml,image/svg+xml";

    /** Tomcat's own default maximum: what the pool may grow to while requests wait. */
    static final int MAX_THREADS = 200;

    /** The most connections open at once, whatever the memory (Tomcat's default is 8,192). */
    static final int MAX_CONNECTIONS = 4096;

    private final int steadyThreads;
    private final Duration patience;
    private final int writeBufferBytes;
    private final Duration keepAlive;

    TomcatConnectorSettings(
            @Value("${tracker.http.steady-threads:8}") int steadyThreads,
            @Value("${tracker.http.thread-patience:20ms}") Duration patience,
            @Value("${tracker.http.write-buffer:262144}") int writeBufferBytes,
            @Value("${tracker.http.keep-alive:20s}") Duration keepAlive) {
        if (writeBufferBytes < 8 * 1024 || writeBufferBytes > 4 * 1024 * 1024) {
            throw new IllegalArgumentException(
                    "tracker.http.write-buffer must be between 8192 and 4194304 bytes, not " + writeBufferBytes);
        }
        this.steadyThreads = steadyThreads;
        this.patience = patience;
        this.writeBufferBytes = writeBufferBytes;
        this.keepAlive = keepAlive;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        Connector[] connectors = tomcat.getService().findConnectors();
        for (Connector connector : connectors) {
            // Its buffers: the write buffer set here, the read buffer as Tomcat has it (its default, 8 KB);
            // the connectors share the direct memory.
            int readBufferBytes = Integer.parseInt(String.valueOf(connector.getProperty("socket.appReadBufSize")));
            int maxConnections =
                    maxConnections(directMemoryLimit() / connectors.length, writeBufferBytes + readBufferBytes);
            LOG.info(
                    "HTTP connector on port {}: socket writes of {} KB off the heap, at most {} connections open, "
                            + "idle ones closed after {} s",
                    connector.getPort(),
                    writeBufferBytes / 1024,
                    maxConnections,
                    keepAlive.toSeconds());
            connector.setProperty("compression", "1024");
            connector.setProperty("compressibleMimeType", COMPRESSIBLE);
            connector.setProperty("socket.appWriteBufSize", Integer.toString(writeBufferBytes));
            connector.setProperty("socket.directBuffer", "true");
            connector.setProperty("maxConnections", Integer.toString(maxConnections));
            connector.setProperty("keepAliveTimeout", Long.toString(keepAlive.toMillis()));
            // nginx's default; Tomcat's 100 made a busy client reconnect every 100 answers.
            connector.setProperty("maxKeepAliveRequests", "1000");
            RequestThreads threads =
                    new RequestThreads("http-" + connector.getPort(), steadyThreads, MAX_THREADS, patience);
            connector.getProtocolHandler().setExecutor(threads);
            connector.addLifecycleListener(e -> {
                if (Lifecycle.AFTER_STOP_EVENT.equals(e.getType())) {
                    threads.shutdown();
                }
            });
        }
        return tomcat;
    }

    /** As many connections as fit their buffers in half of {@code directMemory}, from 256 to {@link #MAX_CONNECTIONS}. */
    static int maxConnections(long directMemory, int bytesPerConnection) {
        long fit = directMemory / 2 / bytesPerConnection;
        return (int) Math.max(256, Math.min(MAX_CONNECTIONS, fit));
    }

    /** {@code -XX:MaxDirectMemorySize}, or the heap's maximum when it is not set (the JVM's own default). */
    static long directMemoryLimit() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        long set = hotspot == null
                ? 0
                : Long.parseLong(hotspot.getVMOption("MaxDirectMemorySize").getValue());
        return set > 0 ? set : Runtime.getRuntime().maxMemory();
    }
}

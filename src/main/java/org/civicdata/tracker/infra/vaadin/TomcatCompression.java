package org.civicdata.tracker.infra.vaadin;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Gzip for text responses over 1 KB on Tomcat's connector (the public ones come gzipped already, see
 * {@code PublicResponses}; Tomcat leaves a response with a Content-Encoding alone), the size and place
 * (off the heap) of its socket buffers, and its request threads ({@link RequestThreads}): the public map page, the downloads and
 * the staff UI's bundle go out compressed to clients that ask for it. Tomcat compresses only
 * responses whose ETag is weak; the public ones are (see {@code PublicResponses}).
 */
@Singleton
final class TomcatCompression implements BeanCreatedEventListener<Tomcat> {

    static final String COMPRESSIBLE = "text/html,text/css,text/plain,text/csv,text/javascript,application/javascript,"
            + "application/json,application/geo+json,application/yaml,image/svg+xml";

    static final int WRITE_BUFFER_BYTES = 64 * 1024;

    /** Tomcat's own default maximum: what the pool may grow to while requests wait. */
    static final int MAX_THREADS = 200;

    private final int steadyThreads;
    private final Duration patience;

    TomcatCompression(
            @Value("${tracker.http.steady-threads:8}") int steadyThreads,
            @Value("${tracker.http.thread-patience:20ms}") Duration patience) {
        this.steadyThreads = steadyThreads;
        this.patience = patience;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Connector connector : tomcat.getService().findConnectors()) {
            connector.setProperty("compression", "1024");
            connector.setProperty("compressibleMimeType", COMPRESSIBLE);
            // A big body (the 13 MB GeoJSON, 0.9 MB gzipped) goes to the socket in writes of this
            // size: 64 KB instead of Tomcat's 8 KB is 8 times fewer system calls per download.
            connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES));
            // Off the heap: from a heap buffer the JDK copies every byte once more, into a temporary
            // direct buffer, before each write; for a kept 0.5 MB gzipped download that copy was a
            // tenth of the app's CPU (docs/benchmarks.md). The same bytes a connection as before.
            connector.setProperty("socket.directBuffer", "true");
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
}

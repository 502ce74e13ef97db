package org.civicdata.tracker.infra.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Gzip for text responses over 1 KB on Tomcat's connector (the public ones come gzipped already, see
 * {@code PublicResponses}; Tomcat leaves a response with a Content-Encoding alone), and the size of
 * its socket writes: the public map page, the downloads and
 * the staff UI's bundle go out compressed to clients that ask for it. Tomcat compresses only
 * responses whose ETag is weak; the public ones are (see {@code PublicResponses}).
 */
@Singleton
final class TomcatCompression implements BeanCreatedEventListener<Tomcat> {

    static final String COMPRESSIBLE = "text/html,text/css,text/plain,text/csv,text/javascript,application/javascript,"
            + "application/json,application/geo+json,application/yaml,image/svg+xml";

    static final int WRITE_BUFFER_BYTES = 64 * 1024;

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Connector connector : tomcat.getService().findConnectors()) {
            connector.setProperty("compression", "1024");
            connector.setProperty("compressibleMimeType", COMPRESSIBLE);
            // A big body (the 13 MB GeoJSON, 0.9 MB gzipped) goes to the socket in writes of this
            // size: 64 KB instead of Tomcat's 8 KB is 8 times fewer system calls per download.
            connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES));
        }
        return tomcat;
    }
}

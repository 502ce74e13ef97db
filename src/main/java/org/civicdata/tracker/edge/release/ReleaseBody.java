package org.civicdata.tracker.edge.release;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyWriter;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A release file's bytes as they go out, read from the database while they are written (one stored
 * piece in memory at a time). A client that hangs up is a DEBUG line, as for every public body; the
 * framework is not told (see {@code opendata.KeptBodyWriter}).
 */
record ReleaseBody(Supplier<InputStream> bytes, String path) {

    @Singleton
    static final class Writer implements MessageBodyWriter<ReleaseBody> {

        private static final Logger LOG = LoggerFactory.getLogger(ReleaseBody.class);

        @Override
        public void writeTo(
                Argument<ReleaseBody> type,
                MediaType mediaType,
                ReleaseBody body,
                MutableHeaders headers,
                OutputStream out) {
            try (InputStream in = body.bytes().get()) {
                in.transferTo(out);
            } catch (IOException e) {
                LOG.debug("A client hung up before a release file was written ({}: {})", body.path(), e.toString());
            } catch (RuntimeException e) {
                // The status line is gone already: the client sees a body shorter than its Content-Length.
                LOG.warn("A release file could not be read to the end ({})", body.path(), e);
            }
        }
    }
}

package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyWriter;
import jakarta.inject.Singleton;
import java.io.OutputStream;

/**
 * Writes a public body as {@link PublicResponses} kept it, as it is: a client that hangs up mid-body
 * is one DEBUG line ({@link PublicResponses#send}), and the framework is not told. Told, Micronaut's
 * servlet logs an ERROR with a stack trace and then writes a 500 into a response object Tomcat has
 * already recycled, which can be another client's answer by then (a cause of the stray 500s under
 * load in docs/benchmarks.md).
 */
@Singleton
final class KeptBodyWriter implements MessageBodyWriter<PublicResponses.KeptBody> {

    @Override
    public void writeTo(
            Argument<PublicResponses.KeptBody> type,
            MediaType mediaType,
            PublicResponses.KeptBody body,
            MutableHeaders headers,
            OutputStream out) {
        PublicResponses.send(out, body.bytes(), body.path());
    }
}

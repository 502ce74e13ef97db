package org.civicdata.tracker.infra.vaadin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.catalina.connector.Response;

/**
 * Headers whose values repeat from answer to answer (the security headers, a public answer's caching
 * headers), set as bytes encoded once: Tomcat otherwise encodes every header value again for every
 * answer, the largest single part of a 304's time in the valves (docs/benchmarks.md, issue 12). For
 * the fixed header names of this package's valves only, never Content-Type or Content-Length (Tomcat
 * handles those itself); values are ASCII.
 */
final class EncodedHeaders {

    /** The last value set per name, encoded (bounded by the names used). */
    private final Map<String, Encoded> last = new ConcurrentHashMap<>();

    static byte[] encode(String value) {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** As {@link Response#setHeader}, with the value's bytes; nothing once the response is committed. */
    static void set(Response response, String name, byte[] value) {
        if (!response.isCommitted()) {
            response.getCoyoteResponse().getMimeHeaders().setValue(name).setBytes(value, 0, value.length);
        }
    }

    /** Sets headers on {@code response}, each value encoded again only when it differs from the last one for its name. */
    BiConsumer<String, String> on(Response response) {
        return (name, value) -> {
            Encoded encoded = last.get(name);
            if (encoded == null || !encoded.value().equals(value)) {
                encoded = new Encoded(value, encode(value));
                last.put(name, encoded);
            }
            set(response, name, encoded.bytes());
        };
    }

    private record Encoded(String value, byte[] bytes) {}
}

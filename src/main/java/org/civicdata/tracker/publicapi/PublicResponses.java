package org.civicdata.tracker.publicapi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Supplier;
import org.civicdata.tracker.audit.DataVersion;

/**
 * Every public response goes out through here: with an ETag and {@code Cache-Control: public,
 * no-cache} (caches may keep it but must revalidate), a 304 with no body when the client's
 * {@code If-None-Match} matches, and the rendered bytes kept in memory per data version.
 *
 * <p>A response is a function of the URL, the {@link DataVersion}, today's date (the stance of a
 * listing without {@code asOf} is today's) and the running build; the ETag is made of exactly those,
 * so it can be checked before anything is rendered, and a publish changes it at once. It is a weak
 * validator (RFC 9110 8.8.1): equal tags mean the same data, whatever the transfer encoding.
 */
@Singleton
public class PublicResponses {

    static final String CACHE_CONTROL = "public, no-cache";
    private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private final DataVersion dataVersion;
    private final Clock clock;
    /** Tells this process's responses from the last one's: a new build may render differently. */
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private final Cache<String, byte[]> rendered = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_BYTES)
            .weigher((String key, byte[] body) -> body.length + key.length())
            .build();

    PublicResponses(DataVersion dataVersion, Clock clock) {
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /**
     * Answers {@code request} with the body {@code render} makes (called only when neither the
     * client nor this cache has it for the current data version).
     */
    public MutableHttpResponse<?> respond(HttpRequest<?> request, MediaType type, Supplier<byte[]> render) {
        String version = dataVersion.current() + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // Weak: the same data, gzipped or not, is the same representation for revalidation
        // (and Tomcat will not compress a response that carries a strong ETag).
        String etag = "W/\"" + instance + "-" + version + "\"";
        if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return headers(HttpResponse.notModified(), etag);
        }
        String key = version + " " + type + " " + request.getUri();
        byte[] body = rendered.get(key, k -> render.get());
        return headers(HttpResponse.ok(body).contentType(type), etag);
    }

    private static MutableHttpResponse<?> headers(MutableHttpResponse<?> response, String etag) {
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** RFC 9110 weak comparison: a gzip-compressing connector may have marked the tag weak. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(PublicResponses::opaque)
                .anyMatch(tag -> tag.equals("*") || tag.equals(opaque(etag)));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

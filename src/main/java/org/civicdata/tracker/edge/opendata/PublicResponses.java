package org.civicdata.tracker.edge.opendata;

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
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;

/**
 * Every public response goes out through here: with an ETag and {@code Cache-Control: public,
 * no-cache, stale-if-error=86400} (caches may keep it but must revalidate, and may serve it for a day
 * when the app answers with an error), a 304 with no body when the client's {@code If-None-Match}
 * matches, and the rendered bytes kept in memory, the latest per URL.
 *
 * <p>A response is a function of the URL, the {@link DataVersion}, today's date (the stance of a
 * listing without {@code asOf} is today's) and the running build; the ETag is made of exactly those,
 * so it can be checked before anything is rendered, and a publish changes it at once. It is a weak
 * validator (RFC 9110 8.8.1): equal tags mean the same data, whatever the transfer encoding.
 *
 * <p>While the database is unavailable the body last rendered for the URL is served as it is, with
 * the ETag it was served with (so a matching {@code If-None-Match} still gets a 304) and
 * {@code Warning: 110 - "Response is stale"}; a URL with nothing rendered throws
 * {@link DatabaseUnavailableException}, which {@link PublicOutageHandler} answers with a 503.
 */
@Singleton
public class PublicResponses {

    static final String CACHE_CONTROL = "public, no-cache, stale-if-error=86400";
    /** RFC 9111 5.5 (obsoleted, still understood): the response is stale. */
    static final String STALE_WARNING = "110 - \"Response is stale\"";

    private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private final DataVersion dataVersion;
    private final Clock clock;
    /** Tells this process's responses from the last one's: a new build may render differently. */
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    /** The latest body per representation (type and URL) and the ETag it was served with. */
    private final Cache<String, Rendered> rendered = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_BYTES)
            .weigher((String key, Rendered body) ->
                    body.bytes().length + body.etag().length() + key.length())
            .build();

    private record Rendered(String etag, byte[] bytes) {}

    PublicResponses(DataVersion dataVersion, Clock clock) {
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /**
     * Answers {@code request} with the body {@code render} makes (called only when neither the
     * client nor this cache has it for the current data version).
     */
    public MutableHttpResponse<?> respond(HttpRequest<?> request, MediaType type, Supplier<byte[]> render) {
        return respond(request, type, () -> null, render);
    }

    /**
     * As {@link #respond(HttpRequest, MediaType, Supplier)}, for a URL that may name nothing:
     * {@code refusal} is asked first, while the database can be read, and an answer it gives (a 404)
     * goes out as it is, uncached. During an outage it is not asked: a URL rendered before was there.
     */
    public MutableHttpResponse<?> respond(
            HttpRequest<?> request, MediaType type, Supplier<MutableHttpResponse<?>> refusal, Supplier<byte[]> render) {
        String key = type + " " + request.getUri();
        try {
            OptionalLong version = dataVersion.current();
            if (version.isPresent()) {
                // Weak: the same data, gzipped or not, is the same representation for revalidation
                // (and Tomcat will not compress a response that carries a strong ETag).
                String etag = "W/\"" + instance + "-" + version.getAsLong() + "-"
                        + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + "\"";
                // A refusal (a 404) carries no ETag: a matching tag, or a body cached under this one, was a
                // 200 for this URL at this very data version, so the refusal need not be asked (no query).
                if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
                    return headers(HttpResponse.notModified(), etag);
                }
                Rendered kept = rendered.getIfPresent(key);
                if (kept == null || !kept.etag().equals(etag)) {
                    MutableHttpResponse<?> refused = refusal.get();
                    if (refused != null) {
                        return refused;
                    }
                }
                Rendered body = rendered.asMap()
                        .compute(
                                key,
                                (k, cached) -> cached != null && cached.etag().equals(etag)
                                        ? cached
                                        : new Rendered(etag, dataVersion.render(version.getAsLong(), render)));
                return headers(HttpResponse.ok(body.bytes()).contentType(type), etag);
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnavailableException.isCauseOf(e)) {
                throw e;
            }
        }
        return stale(request, key, type);
    }

    /** The database cannot be read: the body last rendered for this URL, said to be stale, or a 503. */
    private MutableHttpResponse<?> stale(HttpRequest<?> request, String key, MediaType type) {
        Rendered body = rendered.getIfPresent(key);
        if (body == null) {
            throw new DatabaseUnavailableException(
                    "The database is unavailable and " + request.getPath() + " was not rendered before");
        }
        MutableHttpResponse<?> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), body.etag())
                ? HttpResponse.notModified()
                : HttpResponse.ok(body.bytes()).contentType(type);
        return headers(response, body.etag()).header(HttpHeaders.WARNING, STALE_WARNING);
    }

    private static MutableHttpResponse<?> headers(MutableHttpResponse<?> response, String etag) {
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
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

package org.civicdata.tracker.edge.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every public response goes out through here: with an ETag and {@link #CACHE_CONTROL} (browsers
 * revalidate every time; a shared cache such as a CDN may answer from its copy for 30 s, then serve it
 * once more while it revalidates in the background, and for a day when the app answers with an error:
 * docs/operations.md, "A CDN in front"), a 304 with no body when the client's {@code If-None-Match}
 * matches, and the rendered bytes kept in memory, the latest per URL, gzipped beside them (a body of
 * 1 KB or more is compressed once per data version, not once per request). Once a URL is rendered,
 * {@link EarlyPublicAnswers} answers its revalidations and full requests before the framework routes
 * them; what it sends is decided here.
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

    /**
     * {@code max-age=0}: a browser revalidates every time (a 304 when nothing changed). {@code s-maxage=30}:
     * a shared cache answers from its copy for 30 s without asking, so a flood reaches the app at most
     * once per 30 s per URL and cache node; {@code stale-while-revalidate=30}: for 30 s more it answers
     * from the old copy while it revalidates; {@code stale-if-error=86400}: for a day when the app fails.
     */
    private static final Logger LOG = LoggerFactory.getLogger(PublicResponses.class);

    static final String CACHE_CONTROL =
            "public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400";
    /** Bodies smaller than this go out as they are (the gzip header costs more than it saves). */
    private static final int GZIP_FROM_BYTES = 1024;
    /** RFC 9111 5.5 (obsoleted, still understood): the response is stale. */
    static final String STALE_WARNING = "110 - \"Response is stale\"";

    private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private final DataVersion dataVersion;
    private final Clock clock;
    /** Tells this process's responses from the last one's: a new build may render differently. */
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    /**
     * The latest body per URL (path and query, as sent), the ETag it was served with, its type and its
     * gzipped bytes; bounded by bytes (both bodies, the key and the tag), not by count.
     */
    private final Cache<String, Rendered> rendered = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_BYTES)
            .weigher((String key, Rendered body) -> body.weight() + key.length())
            .build();

    private final RenderOnce<Rendered> renders = new RenderOnce<>();

    /** The ETag last made, with the version and the UTC day (days since 1970) it was made of. */
    private record Tag(long version, long day, String etag) {}

    private volatile Tag lastTag = new Tag(-1, -1, "");

    /** A rendered body: {@code gzipped} is null when compressing it would not pay. */
    record Rendered(String etag, String type, byte[] bytes, byte[] gzipped) {

        static Rendered of(String etag, MediaType type, byte[] bytes) {
            byte[] gzipped = bytes.length < GZIP_FROM_BYTES ? null : gzip(bytes);
            return new Rendered(
                    etag, type.toString(), bytes, gzipped != null && gzipped.length < bytes.length ? gzipped : null);
        }

        int weight() {
            return bytes.length + (gzipped == null ? 0 : gzipped.length) + etag.length() + type.length() + 64;
        }

        /** The body to send to a client whose {@code Accept-Encoding} is {@code acceptEncoding}. */
        byte[] bodyFor(String acceptEncoding) {
            return gzipped != null && acceptsGzip(acceptEncoding) ? gzipped : bytes;
        }
    }

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
        String key = request.getUri().toString();
        try {
            Tag tag = currentTag();
            if (tag != null) {
                String etag = tag.etag();
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
                // Rendered outside the cache's locks, once per URL and tag at a time (RenderOnce says why).
                Rendered body = renders.get(etag + " " + key, () -> {
                    Rendered cached = rendered.getIfPresent(key);
                    if (cached != null && cached.etag().equals(etag)) {
                        return cached;
                    }
                    Rendered made = Rendered.of(etag, type, dataVersion.render(tag.version(), render));
                    rendered.put(key, made);
                    return made;
                });
                return headers(full(request, body), etag);
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnavailableException.isCauseOf(e)) {
                throw e;
            }
        }
        return stale(request, key);
    }

    /** The database cannot be read: the body last rendered for this URL, said to be stale, or a 503. */
    private MutableHttpResponse<?> stale(HttpRequest<?> request, String key) {
        Rendered body = rendered.getIfPresent(key);
        if (body == null) {
            throw new DatabaseUnavailableException(
                    "The database is unavailable and " + request.getPath() + " was not rendered before");
        }
        MutableHttpResponse<?> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), body.etag())
                ? HttpResponse.notModified()
                : full(request, body);
        return headers(response, body.etag()).header(HttpHeaders.WARNING, STALE_WARNING);
    }

    /**
     * The ETag of every public response right now, or null while the database is unavailable (a read
     * that meets a database gone meanwhile throws). A response is a function of the URL, the data
     * version, today's date and this process's build, so this is all a tag needs. Weak: the same data,
     * gzipped or not, is the same representation for revalidation (RFC 9110 8.8.1).
     */
    String currentETag() {
        Tag tag = currentTag();
        return tag == null ? null : tag.etag();
    }

    /** The current tag with the data version it names (what a body cached under it must be rendered from). */
    private Tag currentTag() {
        OptionalLong version = dataVersion.current();
        if (version.isEmpty()) {
            return null;
        }
        long day = Math.floorDiv(clock.millis(), 86_400_000L);
        Tag last = lastTag;
        if (last.version() != version.getAsLong() || last.day() != day) {
            // Made again only when the version or the day changes, not on every revalidation.
            last = new Tag(
                    version.getAsLong(),
                    day,
                    "W/\"" + instance + "-" + version.getAsLong() + "-" + LocalDate.ofEpochDay(day) + "\"");
            lastTag = last;
        }
        return last;
    }

    /** What is kept for {@code key} (a path and its query as sent), whatever its tag; null if nothing. */
    Rendered kept(String key) {
        return rendered.getIfPresent(key);
    }

    private static MutableHttpResponse<?> full(HttpRequest<?> request, Rendered body) {
        byte[] bytes = body.bodyFor(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING));
        MutableHttpResponse<KeptBody> response = HttpResponse.ok(new KeptBody(bytes, request.getPath()))
                .contentType(body.type())
                .contentLength(bytes.length);
        return bytes == body.bytes() ? response : response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
    }

    /** A body as kept, for {@link KeptBodyWriter}; {@code path} names it in the log. */
    record KeptBody(byte[] bytes, String path) {}

    /**
     * Writes {@code body} to a client, flushed (Tomcat's buffered tail too: docs/benchmarks.md): one that hangs
     * up before it is all written is a DEBUG line of this class's logger, never an error; the caller is not told.
     */
    static void send(OutputStream out, byte[] body, String path) {
        try {
            out.write(body);
            out.flush();
        } catch (IOException e) {
            LOG.debug(
                    "A client hung up before its answer was written ({}, {} bytes: {})",
                    path,
                    body.length,
                    e.toString());
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether an {@code Accept-Encoding} value admits gzip (by name or {@code *}, with a q above 0). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip") || name.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().toLowerCase(java.util.Locale.ROOT);
                    refused |=
                            parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?");
                }
                return !refused;
            }
        }
        return false;
    }

    private static MutableHttpResponse<?> headers(MutableHttpResponse<?> response, String etag) {
        headers(etag, response::header);
        return response;
    }

    /** The caching headers of every public answer, 200 or 304, whoever sends it. */
    static void headers(String etag, BiConsumer<String, String> header) {
        header.accept(HttpHeaders.ETAG, etag);
        header.accept(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // Lower case, as Tomcat writes it when it compresses: the same value whoever answers.
        header.accept(HttpHeaders.VARY, "accept-encoding");
    }

    /** RFC 9110 weak comparison: a gzip-compressing connector may have marked the tag weak. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true; // what a client sends back, as it was given: no parsing
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

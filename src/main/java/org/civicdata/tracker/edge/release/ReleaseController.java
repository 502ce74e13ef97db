package org.civicdata.tracker.edge.release;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpHostResolver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.edge.opendata.ApiRefusals;
import org.civicdata.tracker.edge.opendata.ListingFiles;
import org.civicdata.tracker.edge.opendata.PublicResponses;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ApiError;

/**
 * Releases, read-only: the list, one release's index (how to cite it, its files with sizes and
 * checksums) and each file's bytes, streamed from the database with its SHA-256 as a strong ETag and
 * cached for good ({@link #IMMUTABLE}): a release's bytes never change.
 */
@Controller("/api/releases")
@Tag(name = "releases")
public class ReleaseController {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Releases releases;
    private final PublicResponses responses;
    private final ListingFiles json;
    private final HttpHostResolver hosts;

    ReleaseController(Releases releases, PublicResponses responses, ListingFiles json, HttpHostResolver hosts) {
        this.releases = releases;
        this.responses = responses;
        this.json = json;
        this.hosts = hosts;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "releases",
            summary =
                    "Every dated, immutable release of the open data, newest first, each with how to cite it and its files")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReleaseShapes.ReleaseList.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @ApiRefusals.BadParameter
    public HttpResponse<?> list(HttpRequest<?> request) {
        noParameters(request);
        String base = base(request);
        return responses.respond(request, MediaType.APPLICATION_JSON_TYPE, () -> {
            var all = releases.list().stream().map(r -> index(base, r)).toList();
            return json.bytes(new ReleaseShapes.ReleaseList(all.size(), all));
        });
    }

    @Get(value = "/{date}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One release: how to cite it, its licence, and its files with their sizes and SHA-256")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReleaseShapes.ReleaseIndex.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @ApiResponse(
            responseCode = "404",
            description = "No release has this date",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiRefusals.BadParameter
    public HttpResponse<?> release(
            HttpRequest<?> request, @PathVariable @Parameter(description = "YYYY-MM-DD") String date) {
        noParameters(request);
        String base = base(request);
        Optional<LocalDate> day = day(date);
        return responses.respond(
                request,
                MediaType.APPLICATION_JSON_TYPE,
                () -> day.flatMap(releases::find).isPresent() ? null : notFound("No release is dated '" + date + "'"),
                () -> json.bytes(index(base, releases.find(day.orElseThrow()).orElseThrow())));
    }

    @Get(value = "/{date}/{file}")
    @Operation(summary = "A file of a release, as it was made: its bytes never change (the ETag is their SHA-256)")
    @ApiResponse(
            responseCode = "200",
            description = "The bytes, with the file's media type and name (Content-Disposition)",
            headers = {
                @Header(name = "ETag", description = "The SHA-256 of the bytes, in quotes"),
                @Header(name = "Cache-Control", description = IMMUTABLE)
            },
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified: the ETag given in If-None-Match is the file's")
    @ApiResponse(
            responseCode = "404",
            description = "No release has this date, or it has no file of this name",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiRefusals.BadParameter
    public HttpResponse<?> file(
            HttpRequest<?> request,
            @PathVariable @Parameter(description = "YYYY-MM-DD") String date,
            @PathVariable @Parameter(description = "A file name from the release's index, e.g. jurisdictions.csv")
                    String file) {
        noParameters(request);
        Optional<ReleaseFile> found = day(date).flatMap(d -> releases.file(d, file));
        if (found.isEmpty()) {
            return notFound("No release dated '" + date + "' has a file '" + file + "'");
        }
        ReleaseFile f = found.get();
        String etag = "\"" + f.sha256() + "\"";
        if (PublicResponses.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return cached(HttpResponse.notModified(), etag);
        }
        MutableHttpResponse<ReleaseBody> response;
        if (PublicResponses.acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING))) {
            response = HttpResponse.ok(new ReleaseBody(() -> releases.openGzipped(f), request.getPath()))
                    .header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = HttpResponse.ok(new ReleaseBody(() -> releases.open(f), request.getPath()))
                    .contentLength(f.byteSize());
        }
        response.contentType(MediaType.of(f.mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + f.name() + "\"");
        return cached(response, etag);
    }

    private static MutableHttpResponse<?> cached(MutableHttpResponse<?> response, String etag) {
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header(HttpHeaders.VARY, "accept-encoding");
    }

    private ReleaseShapes.ReleaseIndex index(String base, Releases.Published r) {
        LocalDate date = r.date();
        String url = Releases.url(base, date);
        return new ReleaseShapes.ReleaseIndex(
                date.toString(),
                releases.title() + ", " + date,
                releases.howToCite(base, date),
                url,
                r.release().getCreatedAt().toString(),
                ReleasePackage.LICENCE,
                ReleasePackage.LICENCE_URL,
                r.files().stream()
                        .map(f -> new ReleaseShapes.ReleaseFileEntry(
                                f.name(), f.mediaType(), f.byteSize(), f.sha256(), url + "/" + f.name()))
                        .toList());
    }

    /** The site's address: the configured public one, else the one this request came to. */
    private String base(HttpRequest<?> request) {
        return releases.publicUrl().isEmpty() ? hosts.resolve(request) : releases.publicUrl();
    }

    private static Optional<LocalDate> day(String date) {
        try {
            return date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? Optional.of(LocalDate.parse(date)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static MutableHttpResponse<?> notFound(String message) {
        return HttpResponse.notFound(new ApiError("not_found", message, null, null));
    }

    private static void noParameters(HttpRequest<?> request) {
        for (String name : request.getParameters().names()) {
            throw new InvalidInputException(name, "Unknown parameter '" + name + "'. This address takes none.");
        }
    }
}

package org.civicdata.tracker.edge.opendata;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.civicdata.tracker.edge.opendata.ChangeShapes.ChangeList;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ApiError;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;

/**
 * The published changes: {@code GET /api/changes} (JSON, oldest first, paged by cursor) and the Atom
 * feeds of the whole tracker ({@code /feed.atom}) and of one jurisdiction ({@code /j/{slug}/feed.atom}),
 * {@value #ATOM_ENTRIES} changes a page, newest first, paged as RFC 5005 section 3 says ({@code ?before=<change
 * id>}, linked first, previous and next). Served like every public answer
 * ({@link PublicResponses}: ETag by data version, 304s, Cache-Control).
 */
@Controller
@Tag(name = "changes")
public class ChangeFeedController {

    static final MediaType ATOM = MediaType.of("application/atom+xml;charset=utf-8");
    static final int ATOM_ENTRIES = 50;
    private static final String BEFORE =
            "The changes before this change id (a page's next or previous link); none: the latest";

    private final ChangeFeed feed;
    private final PublishedRecords records;
    private final PublicResponses responses;
    private final JsonMapper json;
    private final String tagAuthority;

    ChangeFeedController(
            ChangeFeed feed,
            PublishedRecords records,
            PublicResponses responses,
            JsonMapper json,
            @Value("${tracker.feed.tag-authority:tracker.civicdata.org}") String tagAuthority) {
        this.feed = feed;
        this.records = records;
        this.responses = responses;
        this.json = json;
        this.tagAuthority = tagAuthority;
    }

    @Get(value = ChangeFeed.PATH, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The published changes in order: each record appearing, changing or disappearing on the public"
                    + " side, field by field, with its sources")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeList.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @ApiRefusals.BadParameter
    @ApiRefusals.Unavailable
    public HttpResponse<?> changes(
            HttpRequest<?> request,
            @Nullable
                    @QueryValue
                    @Parameter(description = "Changes after this change id, or from this day on (YYYY-MM-DD, UTC)")
                    String since,
            @Nullable @QueryValue @Parameter(description = "The cursor from a page's next link") String cursor,
            @Nullable @QueryValue @Parameter(description = "Shown under a jurisdiction of this state, e.g. IL")
                    String state,
            @Nullable
                    @QueryValue
                    @Parameter(description = "Shown under a jurisdiction of this kind")
                    @Schema(
                            type = "string",
                            allowableValues = {"STATE", "COUNTY", "CITY", "CONSOLIDATED_CITY_COUNTY", "TERRITORY"})
                    String kind,
            @Nullable @QueryValue @Parameter(description = "Shown under the jurisdiction with this slug")
                    String jurisdiction,
            @Nullable
                    @QueryValue
                    @Parameter(description = "Changes per page, 1 to 500 (default 100)")
                    @Schema(type = "integer", minimum = "1", maximum = "500")
                    String limit) {
        ChangeQuery query = ChangeQuery.parse(request.getParameters().asMap());
        return responses.respond(request, MediaType.APPLICATION_JSON_TYPE, () -> bytes(feed.page(query)));
    }

    @Get(value = "/feed.atom", produces = "application/atom+xml")
    @Operation(
            summary = "Atom feed of the published changes, 50 a page, newest first; paged as RFC 5005 section 3"
                    + " says: each page links the first, previous (newer) and next (older) page")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
    @ApiRefusals.BadParameter
    @ApiRefusals.Unavailable
    public HttpResponse<?> atom(
            HttpRequest<?> request, @Nullable @QueryValue @Parameter(description = BEFORE) String before) {
        long from = ChangeQuery.atomBefore(request.getParameters().asMap());
        return responses.respond(
                request,
                ATOM,
                () -> AtomFeed.write(
                        tagAuthority,
                        "Jurisdiction policy tracker: changes",
                        "/feed.atom",
                        "/",
                        from,
                        feed.latest(null, from, ATOM_ENTRIES)));
    }

    @Get(value = "/j/{slug}/feed.atom", produces = "application/atom+xml")
    @Operation(
            summary = "Atom feed of one published jurisdiction's changes, 50 a page, newest first; paged as"
                    + " RFC 5005 section 3 says")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "404",
            description = "No published jurisdiction has this slug",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiRefusals.BadParameter
    @ApiRefusals.Unavailable
    public HttpResponse<?> jurisdictionAtom(
            HttpRequest<?> request,
            @PathVariable String slug,
            @Nullable @QueryValue @Parameter(description = BEFORE) String before) {
        long from = ChangeQuery.atomBefore(request.getParameters().asMap());
        return responses.respond(
                request,
                ATOM,
                () -> records.isPublished(slug)
                        ? null
                        : HttpResponse.notFound(new ApiError(
                                        "not_found",
                                        "No published jurisdiction has the slug '" + slug + "'",
                                        slug,
                                        null))
                                .contentType(MediaType.APPLICATION_JSON_TYPE),
                () -> {
                    Jurisdiction j = feed.published(slug).orElseThrow(() -> new IllegalStateException(slug));
                    return AtomFeed.write(
                            tagAuthority,
                            j.getName() + ": changes",
                            "/j/" + slug + "/feed.atom",
                            "/j/" + slug,
                            from,
                            feed.latest(j.getId(), from, ATOM_ENTRIES));
                });
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

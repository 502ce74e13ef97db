package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ApiError;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionDetail;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionList;

/**
 * The public, read-only open-data API over published jurisdictions: JSON, CSV and GeoJSON
 * listings that take the same filters, and one jurisdiction's full record. Every response is
 * cacheable and revalidated by ETag ({@link PublicResponses}).
 */
@Controller("/api")
@Tag(name = "jurisdictions")
public class JurisdictionApiController {

    static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");
    static final MediaType GEOJSON = MediaType.of("application/geo+json");

    private final PublishedRecords records;
    private final PublicResponses responses;
    private final ListingFiles files;

    JurisdictionApiController(PublishedRecords records, PublicResponses responses, ListingFiles files) {
        this.records = records;
        this.responses = responses;
        this.files = files;
    }

    @Get(value = "/jurisdictions", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Published jurisdictions with their derived stance, policy values in force and counts")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JurisdictionList.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @ApiRefusals.BadParameter
    @ApiRefusals.Unavailable
    public HttpResponse<?> list(HttpRequest<?> request, @RequestBean ListingParameters filters) {
        PublicQuery query = PublicQuery.parse(request.getParameters().asMap());
        return responses.respond(request, MediaType.APPLICATION_JSON_TYPE, () -> files.json(query));
    }

    @Get(value = "/jurisdictions.csv", produces = "text/csv")
    @Operation(summary = "The same listing as CSV, one row per jurisdiction (columns in the codebook)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiRefusals.BadParameter
    @ApiRefusals.Unavailable
    public HttpResponse<?> csv(HttpRequest<?> request, @RequestBean ListingParameters filters) {
        PublicQuery query = PublicQuery.parse(request.getParameters().asMap());
        return responses.respond(request, CSV, () -> files.csv(query));
    }

    @Get(value = "/jurisdictions.geojson", produces = "application/geo+json")
    @Operation(
            summary = "The same listing as a GeoJSON FeatureCollection of points (properties as in the JSON listing)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/geo+json",
                            schema = @Schema(implementation = OpenDataFormats.FeatureCollection.class)))
    @ApiRefusals.BadParameter
    @ApiRefusals.Unavailable
    public HttpResponse<?> geoJson(HttpRequest<?> request, @RequestBean ListingParameters filters) {
        PublicQuery query = PublicQuery.parse(request.getParameters().asMap());
        return responses.respond(request, GEOJSON, () -> files.geoJson(query));
    }

    @Get(value = "/jurisdictions/{slug}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One published jurisdiction with everything published about it, each value with its sources")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JurisdictionDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No published jurisdiction has this slug",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiRefusals.Unavailable
    public HttpResponse<?> show(
            HttpRequest<?> request,
            @PathVariable String slug,
            @Nullable @QueryValue @Parameter(description = "As it stood on this date (YYYY-MM-DD)") String asOf) {
        LocalDate date = PublicQuery.asOfOnly(request.getParameters().asMap());
        return responses.respond(
                request,
                MediaType.APPLICATION_JSON_TYPE,
                () -> records.isPublished(slug)
                        ? null
                        : HttpResponse.notFound(new ApiError(
                                "not_found", "No published jurisdiction has the slug '" + slug + "'", slug, null)),
                () -> files.bytes(records.findJurisdiction(slug, date)
                        .orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(
                                io.micronaut.http.HttpStatus.NOT_FOUND,
                                "No published jurisdiction has the slug '" + slug + "'"))));
    }
}

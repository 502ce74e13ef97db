package org.civicdata.tracker.edge.opendata;

import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ApiError;

/**
 * The refusals the open-data operations share, each documented once for the OpenAPI document: an
 * operation names them as annotations instead of repeating their {@link ApiResponse}s (the releases'
 * operations too).
 */
public final class ApiRefusals {

    private ApiRefusals() {}

    /** 400: a parameter is unknown or malformed; a JSON body names it (whatever the operation's own type). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is unknown or malformed; the body names it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public @interface BadParameter {}

    /** 503: the database is unavailable and the response was not rendered before. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(
            responseCode = "503",
            description = "The database is unavailable and this response was not rendered before it went: "
                    + "retry after the seconds in Retry-After. (Meanwhile responses rendered before are served as they were, "
                    + "with their ETag and Warning: 110.)",
            headers =
                    @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @interface Unavailable {}
}

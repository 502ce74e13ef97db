package org.civicdata.tracker.infra.health;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicdata.tracker.infra.db.DatabaseHealth;

/**
 * {@code GET /health}, for load balancers and monitoring: UP, or DOWN (with a 503) when the database
 * cannot be reached. Answers at once: it reports the last of the checks {@link DatabaseHealth} makes
 * in the background, and never asks the database itself. One object per part checked, so more parts
 * (replicas) can be added next to {@code database}.
 */
@Controller("/health")
@Tag(name = "health")
public class HealthController {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private final DatabaseHealth database;

    HealthController(DatabaseHealth database) {
        this.database = database;
    }

    /** The service as a whole: UP when every part is. */
    @Serdeable
    @Schema(name = "Health")
    public record Health(
            @Schema(
                    allowableValues = {UP, DOWN},
                    description = "UP when every part below is UP")
            String status,

            @Schema(description = "The database the records are read from and written to")
            Part database) {}

    /** One part the service needs. */
    @Serdeable
    @Schema(name = "HealthPart")
    public record Part(
            @Schema(allowableValues = {UP, DOWN}) String status,

            @Schema(description = "When it was last checked (ISO 8601, UTC)")
            String checkedAt,

            @Nullable @Schema(description = "Since when it has been DOWN; null while UP", nullable = true)
            String downSince) {}

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Whether the service is up: DOWN (and a 503) while its database cannot be reached",
            description = "Answers at once from a check of the database made every half second in the background; "
                    + "a database that stops or stalls shows as DOWN within about two seconds. Not cached.")
    @ApiResponse(
            responseCode = "200",
            description = "UP",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @ApiResponse(
            responseCode = "503",
            description = "DOWN: a part is not available",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public HttpResponse<Health> health() {
        DatabaseHealth.Status db = database.status();
        Part part = new Part(
                db.up() ? UP : DOWN,
                db.checkedAt().toString(),
                db.downSince() == null ? null : db.downSince().toString());
        Health health = new Health(part.status(), part);
        return HttpResponse.status(db.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(health)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}

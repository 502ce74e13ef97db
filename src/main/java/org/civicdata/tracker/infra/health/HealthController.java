package org.civicdata.tracker.infra.health;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import java.time.Instant;
import org.civicdata.tracker.infra.db.DatabaseHealth;
import org.civicdata.tracker.infra.db.ReplicaReads;

/**
 * {@code GET /health}, for load balancers and monitoring: UP, or DOWN (with a 503) when the database
 * cannot be reached. Answers at once: it reports the last of the checks {@link DatabaseHealth} makes
 * in the background, and never asks the database itself. One object per part checked: the
 * {@code database} (the primary) and, when one is configured, the read {@code replica}, with its lag
 * and whether public reads go to it. The replica is not needed (reads go to the primary without it),
 * so it does not make the service DOWN.
 */
@Controller("/health")
@Tag(name = "health")
public class HealthController {

    static final String UP = "UP";
    static final String DOWN = "DOWN";
    static final String REPLICA = "replica";
    static final String PRIMARY = "primary";

    private final DatabaseHealth database;
    private final ReplicaReads replica;

    HealthController(DatabaseHealth database, ReplicaReads replica) {
        this.database = database;
        this.replica = replica;
    }

    /** The service as a whole: UP when every part is. */
    @Serdeable
    @Schema(name = "Health")
    public record Health(
            @Schema(
                    allowableValues = {UP, DOWN},
                    description = "UP when every part below is UP")
            String status,

            @Schema(description = "The database the records are read from and written to (the primary)")
            Part database,

            @Nullable
            @Schema(
                    type = "object",
                    implementation = Replica.class,
                    description = "The read replica public pages are rendered from, when one is configured; "
                            + "null when none is. Not needed: without it reads go to the primary",
                    nullable = true)
            Replica replica) {}

    /** The read replica: up or not (as a {@link Part}), how far behind the primary, and where public reads go. */
    @Serdeable
    @Schema(name = "HealthReplica")
    public record Replica(
            @JsonUnwrapped Part state,

            @Schema(
                    allowableValues = {REPLICA, PRIMARY},
                    description = "Where public pages of the current data version are rendered from now: the "
                            + "replica while it is UP and holds that version, else the primary")
            String reads,

            @Nullable
            @Schema(
                    description = "The seconds behind the primary the replica reports (Seconds_Behind_Master); "
                            + "null when it reports none (replication stopped, or the replica DOWN)",
                    nullable = true)
            Long secondsBehind,

            @Schema(
                    description = "How many data versions (audit entries) the replica lacks of the primary's, "
                            + "as last checked (0: up to date)")
            long versionsBehind) {}

    /** One part the service needs. */
    @Serdeable
    @Schema(name = "HealthPart")
    public record Part(
            @Schema(allowableValues = {UP, DOWN}) String status,

            @Schema(description = "When it was last checked (ISO 8601, UTC)")
            String checkedAt,

            @Nullable @Schema(description = "Since when it has been DOWN; null while UP", nullable = true)
            String downSince) {

        static Part of(boolean up, Instant checkedAt, Instant downSince) {
            return new Part(up ? UP : DOWN, checkedAt.toString(), downSince == null ? null : downSince.toString());
        }
    }

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
    @ApiResponse(
            responseCode = "400",
            description = "The address cannot be decoded (a % not followed by two hexadecimal digits): a plain page "
                    + "says so, as for any address outside /api",
            content = @Content(mediaType = "text/html"))
    public HttpResponse<Health> health() {
        DatabaseHealth.Status db = database.status();
        Part part = Part.of(db.up(), db.checkedAt(), db.downSince());
        Health health = new Health(part.status(), part, replica());
        return HttpResponse.status(db.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(health)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private Replica replica() {
        ReplicaReads.Status status = replica.status();
        if (status == null) {
            return null;
        }
        return new Replica(
                Part.of(status.up(), status.checkedAt(), status.downSince()),
                status.reads() ? REPLICA : PRIMARY,
                status.secondsBehind(),
                status.versionsBehind());
    }
}

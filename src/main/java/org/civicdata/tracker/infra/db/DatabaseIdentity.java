package org.civicdata.tracker.infra.db;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one row that says which database this is, since when, and whether the bundled seeds were ever loaded. */
@MappedEntity("database_identity")
public record DatabaseIdentity(
        @Id String id, Instant initialisedAt, @Nullable Instant seededAt) {}

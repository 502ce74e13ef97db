package org.civicdata.tracker.core.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * What a column holds: for text, characters and bytes in utf8mb4 (a TEXT column is bounded by
 * bytes); for a DECIMAL, its precision and scale. The others are null.
 */
@Introspected
public record ColumnLimit(
        String tableName,
        String columnName,
        @Nullable Long maxCharacters,
        @Nullable Long maxBytes,
        @Nullable Integer numericPrecision,
        @Nullable Integer numericScale) {}

package org.civicdata.tracker.audit;

import io.micronaut.core.annotation.Introspected;

/** How much text a column holds: characters, and bytes in utf8mb4 (a TEXT column is bounded by bytes). */
@Introspected
public record ColumnLimit(String tableName, String columnName, long maxCharacters, long maxBytes) {
}

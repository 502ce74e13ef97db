package org.civicdata.tracker.core.audit;

import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.CsvProblem;
import org.civicdata.tracker.core.common.InvalidInputException;

/**
 * Refuses a value its column cannot hold before anything is written, naming the field: text longer
 * than the column, a number with more digits or decimal places than its DECIMAL (which MariaDB
 * would refuse, or silently round). The limits are read from the database (the migrations are the
 * one place they are declared), so such a value from a form or an import is a clear message, never
 * a database error or a quiet change.
 */
@Singleton
public class TextLimits {

    private final ColumnLimitRepository columns;
    private final RuntimeEntityRegistry entities;
    private volatile Map<String, Map<String, ColumnLimit>> byTable;

    TextLimits(ColumnLimitRepository columns, RuntimeEntityRegistry entities) {
        this.columns = columns;
        this.entities = entities;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void check(Object record) {
        RuntimePersistentEntity<Object> entity =
                (RuntimePersistentEntity<Object>) entities.getEntity((Class) record.getClass());
        Map<String, ColumnLimit> limits = limits().getOrDefault(entity.getPersistedName(), Map.of());
        for (RuntimePersistentProperty<Object> property : entity.getPersistentProperties()) {
            ColumnLimit limit = limits.get(property.getPersistedName());
            if (limit == null) {
                continue;
            }
            problem(limit, property.getProperty().get(record)).ifPresent(problem -> {
                throw new InvalidInputException(property.getName(), words(property.getName()) + " " + problem + ".");
            });
        }
    }

    /**
     * How many characters a text property of a record type can hold (its column's size), for a form
     * field's maximum length; empty for a property that is not a sized text column.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public java.util.OptionalInt maxLength(Class<?> recordType, String property) {
        RuntimePersistentEntity<?> entity = entities.getEntity((Class) recordType);
        RuntimePersistentProperty<?> persistent = entity.getPropertyByName(property);
        return persistent == null
                ? java.util.OptionalInt.empty()
                : maxLength(entity.getPersistedName(), persistent.getPersistedName());
    }

    /** As {@link #maxLength(Class, String)}, by table and column (parts kept in tables of their own). */
    public java.util.OptionalInt maxLength(String table, String column) {
        ColumnLimit limit = limits().getOrDefault(table.toLowerCase(java.util.Locale.ROOT), Map.of())
                .get(column.toLowerCase(java.util.Locale.ROOT));
        return limit == null || limit.maxCharacters() == null
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of((int) Math.min(limit.maxCharacters(), limit.maxBytes()));
    }

    /**
     * What is wrong with {@code value} for a column, if it is too long: for checks made before a
     * record exists (an import's preview names the line and column).
     */
    public java.util.Optional<String> tooLong(String table, String column, String value) {
        ColumnLimit limit = limits().getOrDefault(table, Map.of()).get(column);
        return limit == null ? java.util.Optional.empty() : problem(limit, value);
    }

    /**
     * The problems of an import's row whose cells are too long for their columns ({@code columns} of
     * {@code table}), each at its line and column: checked before a record exists.
     */
    public java.util.List<CsvProblem> tooLong(
            String table, long line, Map<String, String> row, java.util.List<String> columns) {
        java.util.List<CsvProblem> problems = new java.util.ArrayList<>();
        for (String column : columns) {
            tooLong(table, column, row.get(column))
                    .ifPresent(problem -> problems.add(new CsvProblem(line, column, problem)));
        }
        return problems;
    }

    /** What is wrong with a value for its column: too long a text, too many digits; empty if it fits. */
    private static java.util.Optional<String> problem(ColumnLimit limit, Object value) {
        if (value instanceof String text && limit.maxCharacters() != null) {
            int characters = text.codePointCount(0, text.length());
            if (characters > limit.maxCharacters() || text.getBytes(StandardCharsets.UTF_8).length > limit.maxBytes()) {
                return java.util.Optional.of("holds at most " + Math.min(limit.maxCharacters(), limit.maxBytes())
                        + " characters; this has " + characters);
            }
        }
        if (value instanceof java.math.BigDecimal number && limit.numericPrecision() != null) {
            int scale = limit.numericScale();
            int whole = limit.numericPrecision() - scale;
            java.math.BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() > scale) {
                return java.util.Optional.of("takes at most " + scale + " decimal places; "
                        + org.civicdata.tracker.core.common.FieldProblems.shown(number) + " has more");
            }
            if (stripped.precision() - stripped.scale() > whole) {
                return java.util.Optional.of("takes at most " + whole + " digits before the decimal point; "
                        + org.civicdata.tracker.core.common.FieldProblems.shown(number) + " is too large");
            }
        }
        return java.util.Optional.empty();
    }

    /** "venueDetail" as "Venue detail". */
    private static String words(String property) {
        String spaced = property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private Map<String, Map<String, ColumnLimit>> limits() {
        Map<String, Map<String, ColumnLimit>> loaded = byTable;
        if (loaded == null) {
            loaded = columns.findColumnLimits().stream()
                    .collect(Collectors.groupingBy(
                            c -> c.tableName().toLowerCase(java.util.Locale.ROOT),
                            Collectors.toMap(
                                    c -> c.columnName().toLowerCase(java.util.Locale.ROOT), c -> c, (a, b) -> a)));
            byTable = loaded;
        }
        return loaded;
    }
}

package org.civicdata.tracker.audit;

import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicdata.tracker.common.InvalidInputException;

/**
 * Refuses text longer than its column before anything is written, naming the field: the limits
 * are read from the database (the migrations are the one place they are declared), so a long
 * value from a form, an import or an API client is a clear message, never a database error.
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
    void check(Object record) {
        RuntimePersistentEntity<Object> entity = (RuntimePersistentEntity<Object>) entities.getEntity((Class) record.getClass());
        Map<String, ColumnLimit> limits = limits().getOrDefault(entity.getPersistedName(), Map.of());
        for (RuntimePersistentProperty<Object> property : entity.getPersistentProperties()) {
            if (property.getProperty().get(record) instanceof String text) {
                ColumnLimit limit = limits.get(property.getPersistedName());
                if (limit == null) {
                    continue;
                }
                int characters = text.codePointCount(0, text.length());
                if (characters > limit.maxCharacters() || text.getBytes(StandardCharsets.UTF_8).length > limit.maxBytes()) {
                    throw new InvalidInputException(property.getName(), words(property.getName()) + " holds at most "
                            + Math.min(limit.maxCharacters(), limit.maxBytes()) + " characters; this has " + characters + ".");
                }
            }
        }
    }

    /**
     * What is wrong with {@code value} for a column, if it is too long: for checks made before a
     * record exists (an import's preview names the line and column).
     */
    public java.util.Optional<String> tooLong(String table, String column, String value) {
        ColumnLimit limit = limits().getOrDefault(table, Map.of()).get(column);
        if (limit == null || value == null) {
            return java.util.Optional.empty();
        }
        int characters = value.codePointCount(0, value.length());
        if (characters > limit.maxCharacters() || value.getBytes(StandardCharsets.UTF_8).length > limit.maxBytes()) {
            return java.util.Optional.of("holds at most " + Math.min(limit.maxCharacters(), limit.maxBytes())
                    + " characters; this has " + characters);
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
            loaded = columns.findTextColumnLimits().stream().collect(Collectors.groupingBy(
                    c -> c.tableName().toLowerCase(java.util.Locale.ROOT),
                    Collectors.toMap(c -> c.columnName().toLowerCase(java.util.Locale.ROOT), c -> c, (a, b) -> a)));
            byTable = loaded;
        }
        return loaded;
    }
}

package org.civicdata.tracker.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;

/**
 * The audit trail: how a change is recorded (each changed field's old and new value, as JSON
 * {@code {"field": {"old": ..., "new": ...}}}), how an entry is read back, and the replay of a record's
 * entries that rebuilds its values at a version (what a revert restores). Entries are appended only by
 * {@link RecordWriter}, in the transaction of the write they record.
 */
@Singleton
public class AuditTrail {

    /** Changes to these are recorded, their values never (a password hash is a secret too). */
    static final Set<String> REDACTED = Set.of("passwordHash");

    private final AuditEntryRepository entries;
    private final JsonMapper json;
    private final ChangePlaces places;

    public AuditTrail(AuditEntryRepository entries, JsonMapper json, ChangePlaces places) {
        this.entries = entries;
        this.json = json;
        this.places = places;
    }

    /**
     * Appends the entry of one write to a record, {@code before} and {@code after} it (null: none, on a
     * create or a delete); only the writer does, inside its transaction. A write the public could see
     * (the record published before or after it) is also filed under its jurisdictions for the change
     * feed, its id taken under the publication lock ({@link ChangePlaces#file}).
     */
    void append(
            Instant at,
            String actor,
            AuditAction action,
            RecordType type,
            @Nullable TrackedRecord before,
            @Nullable TrackedRecord after,
            Map<String, Object> changes) {
        TrackedRecord record = after != null ? after : before;
        long id = record.getId();
        AuditEntry entry = new AuditEntry(
                null,
                at,
                actor,
                action,
                type,
                id,
                record.getVersion(),
                toJson(changes),
                RecordWriter.isPublished(before),
                RecordWriter.isPublished(after));
        if (entry.isPublic()) {
            places.file(() -> entries.save(entry).id(), type, id);
        } else {
            entries.save(entry);
        }
    }

    /** An entry's changes: each field's {@code {"old": ..., "new": ...}}, in the order recorded. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> readChanges(AuditEntry entry) {
        try {
            return json.readValue(entry.changes(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field values a record had at a version, replayed from its audit entries. */
    public Map<String, Object> stateAt(RecordType type, long id, int version) {
        Map<String, Object> state = new LinkedHashMap<>();
        boolean reached = false;
        for (AuditEntry entry : entries.findByRecordTypeAndRecordIdOrderById(type, id)) {
            if (entry.recordVersion() > version) {
                break;
            }
            readChanges(entry).forEach((field, c) -> state.put(field, ((Map<?, ?>) c).get("new")));
            reached = entry.recordVersion() == version;
        }
        if (!reached) {
            throw new IllegalArgumentException(type + " " + id + " has no version " + version + " in its history");
        }
        return state;
    }

    /**
     * Sets the record's editable fields to their values in {@code state} (from {@link #stateAt}). Not
     * restored: bookkeeping, publication state, seed key, redacted fields. A field the state lacks (added
     * after that version) gets nothing: null, or its type's default for a primitive (0, 0L, false...).
     */
    @SuppressWarnings("unchecked")
    static <T> void restore(T record, Map<String, Object> state) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) record.getClass());
        for (BeanProperty<T, Object> property : introspection.getBeanProperties()) {
            String name = property.getName();
            if (TrackedRecord.NOT_EDITED.contains(name) || REDACTED.contains(name) || property.isReadOnly()) {
                continue;
            }
            Object value = state.get(name);
            if (value == null && property.getType().isPrimitive()) {
                value = defaultOf(property.getType());
            }
            property.convertAndSet(record, value);
        }
    }

    /** A record of the class holding the values of a replayed state ({@link #stateAt}), to read its fields. */
    public static <T> T rebuilt(Class<T> type, Map<String, Object> state) {
        T record = BeanIntrospection.getIntrospection(type).instantiate();
        restore(record, state);
        return record;
    }

    /** A primitive type's default value, as a field of it starts: 0, 0L, 0.0, false, '\0'. */
    static Object defaultOf(Class<?> primitive) {
        return Array.get(Array.newInstance(primitive, 1), 0);
    }

    /** Field-by-field differences; with {@code before} null, every field of {@code after} that is set. */
    @SuppressWarnings("unchecked")
    static <T> Map<String, Object> diff(T before, T after) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) after.getClass());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (BeanProperty<T, Object> property : introspection.getBeanProperties()) {
            if (TrackedRecord.BOOKKEEPING.contains(property.getName())) {
                continue;
            }
            Object oldValue = before == null ? null : plain(property.get(before));
            Object newValue = plain(property.get(after));
            if (!Objects.equals(oldValue, newValue)) {
                if (REDACTED.contains(property.getName())) {
                    oldValue = oldValue == null ? null : "(redacted)";
                    newValue = newValue == null ? null : "(redacted)";
                }
                changes.put(property.getName(), change(oldValue, newValue));
            }
        }
        return changes;
    }

    /** What a delete records: every value the record had, as old, with null as new. */
    static Map<String, Object> removal(Object record) {
        Map<String, Object> changes = new LinkedHashMap<>();
        diff(null, record).forEach((field, c) -> changes.put(field, change(((Map<?, ?>) c).get("new"), null)));
        return changes;
    }

    static Map<String, Object> change(Object oldValue, Object newValue) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("old", oldValue);
        change.put("new", newValue);
        return change;
    }

    /** JSON-friendly form: whole numbers as numbers, decimals as exact text compared by value (1.50 = 1.5), the rest as text. */
    private static Object plain(Object value) {
        if (value == null
                || value instanceof Boolean
                || value instanceof String
                || value instanceof Long
                || value instanceof Integer) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private String toJson(Map<String, Object> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

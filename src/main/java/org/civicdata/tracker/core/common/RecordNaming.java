package org.civicdata.tracker.core.common;

import java.util.Map;
import java.util.Optional;

/**
 * How people name a record of one type ("Cook County, IL", a source's title), for the history, the
 * activity view and the review queue, which show records by name, not by id. Each record type has
 * one, in its own package; {@code editing.RecordNames} finds them by type.
 */
public interface RecordNaming<T extends TrackedRecord> {

    RecordType recordType();

    Class<T> recordClass();

    String nameOf(T record);

    /** The fields that hold another record's id, and that record's type ({@code jurisdictionId}: a jurisdiction). */
    default Map<String, RecordType> references() {
        return Map.of();
    }

    /** A part kept in tables of its own (an event's figures) as people read it; empty: as stored. */
    default Optional<String> partText(String part, Object value) {
        return Optional.empty();
    }

    /** Text cut to {@code max} characters, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > max ? flat.substring(0, max).strip() + "…" : flat;
    }

    /**
     * The base every type's naming extends: its type, its class and its references are given once, to
     * the constructor; the type writes only {@link #nameOf} (and {@link #partText} if it has parts).
     */
    abstract class Of<T extends TrackedRecord> implements RecordNaming<T> {

        private final RecordType type;
        private final Class<T> recordClass;
        private final Map<String, RecordType> references;

        protected Of(RecordType type, Class<T> recordClass) {
            this(type, recordClass, Map.of());
        }

        protected Of(RecordType type, Class<T> recordClass, Map<String, RecordType> references) {
            this.type = type;
            this.recordClass = recordClass;
            this.references = Map.copyOf(references);
        }

        @Override
        public final RecordType recordType() {
            return type;
        }

        @Override
        public final Class<T> recordClass() {
            return recordClass;
        }

        @Override
        public final Map<String, RecordType> references() {
            return references;
        }
    }
}

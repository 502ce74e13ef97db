package org.civicdata.tracker.core.common;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
     * The base every type's naming extends: its type, its class, its references and how it names a record
     * are given once, to the constructor (a type with parts also writes {@link #partText}).
     */
    abstract class Of<T extends TrackedRecord> implements RecordNaming<T> {

        private final RecordType type;
        private final Class<T> recordClass;
        private final Map<String, RecordType> references;
        private final Function<T, String> name;

        protected Of(RecordType type, Class<T> recordClass, Function<T, String> name) {
            this(type, recordClass, Map.of(), name);
        }

        protected Of(
                RecordType type, Class<T> recordClass, Map<String, RecordType> references, Function<T, String> name) {
            this.type = type;
            this.recordClass = recordClass;
            this.references = Map.copyOf(references);
            this.name = name;
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
        public final String nameOf(T record) {
            return name.apply(record);
        }

        @Override
        public final Map<String, RecordType> references() {
            return references;
        }
    }
}

package org.civicdata.tracker.edge.staff;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record's parts kept in other tables (a status history; an event's jurisdictions and figures) as a
 * type's editor shows them, registered once with {@link RecordEditorView#parts}: the parts as stored for
 * a record, as edited in the form, and how to put parts back into the form (none, some or all: a
 * conflict's choice), each as a map from part name to value, in the form {@code edited} gives them.
 */
public record EditorParts<T>(
        Function<T, Map<String, Object>> stored,
        Supplier<Map<String, Object>> edited,
        Consumer<Map<String, Object>> restore) {

    /** A type with no parts (and any type's, until its editor registers them). */
    static <T> EditorParts<T> none() {
        return new EditorParts<>(record -> Map.of(), Map::of, parts -> {});
    }
}

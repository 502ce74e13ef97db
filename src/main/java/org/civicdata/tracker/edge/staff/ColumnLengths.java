package org.civicdata.tracker.edge.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.civicdata.tracker.core.audit.TextLimits;

/**
 * An editor's text fields waiting for their column's size (read from the database by
 * {@link TextLimits}), applied once, the first time the database can say them: until then the
 * fields take any length, and a save still refuses too long a text.
 */
class ColumnLengths {

    /** A field's maximum length from its column: a property of the record, or ({@code table} set) a table's column. */
    private record Length(IntConsumer setMaxLength, String table, String column) {}

    private final List<Length> waiting = new ArrayList<>();
    private transient TextLimits limits;

    void limit(IntConsumer setMaxLength, String table, String column) {
        waiting.add(new Length(setMaxLength, table, column));
    }

    void setTextLimits(TextLimits limits) {
        this.limits = limits;
    }

    /** Applies the sizes that can be read now; what cannot be read is tried again for the next record shown. */
    void apply(Class<?> recordType) {
        if (limits == null) {
            return;
        }
        try {
            for (Length length : List.copyOf(waiting)) {
                OptionalInt max = length.table() == null
                        ? limits.maxLength(recordType, length.column())
                        : limits.maxLength(length.table(), length.column());
                max.ifPresent(length.setMaxLength());
                waiting.remove(length);
            }
        } catch (RuntimeException unreadable) {
            // tried again when the next record is shown
        }
    }
}

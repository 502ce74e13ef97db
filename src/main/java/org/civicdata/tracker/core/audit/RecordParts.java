package org.civicdata.tracker.core.audit;

import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Parts of a record kept in tables of their own (an event's jurisdictions and figures). The
 * {@link RecordWriter} audits them as fields of the record, writes the editable ones in the same
 * transaction as the record, and restores those on a revert.
 */
public interface RecordParts {

    RecordType recordType();

    /** The parts the writer may replace ({@link #write}); the others are only recorded. */
    Set<String> editable();

    /** Every part's stored value, in the form the audit trail records it (compared with equals). */
    Map<String, Object> read(long id);

    /** The form {@link #read} gives for a value written as {@code value} (e.g. a list in its stored order). */
    Object canonical(String part, Object value);

    /** Replaces the stored values of the editable parts given. */
    void write(long id, Map<String, Object> values);

    /**
     * An editable part's value in a state replayed from the audit trail (what a revert restores); a
     * state from before the part was first recorded has none, which is an empty list unless the type
     * says what the part was then.
     */
    default Object valueIn(String part, Map<String, Object> state) {
        return state.getOrDefault(part, java.util.List.of());
    }
}

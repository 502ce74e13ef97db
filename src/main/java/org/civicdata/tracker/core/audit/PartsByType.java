package org.civicdata.tracker.core.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicdata.tracker.core.common.RecordType;

/**
 * The {@link RecordParts} of every type that has some, as {@link RecordWriter} uses them: each
 * method records the parts' changes as fields of the record and writes the editable ones.
 */
final class PartsByType {

    private final Map<RecordType, RecordParts> parts = new EnumMap<>(RecordType.class);

    PartsByType(List<RecordParts> all) {
        for (RecordParts p : all) {
            parts.put(p.recordType(), p);
        }
    }

    /** On a create: writes the editable parts among the audited values (the others are only recorded). */
    void created(RecordType type, long id, Map<String, Object> alsoAudited) {
        RecordParts recordParts = parts.get(type);
        if (recordParts != null) {
            Map<String, Object> editable = new LinkedHashMap<>(alsoAudited);
            editable.keySet().retainAll(recordParts.editable());
            recordParts.write(id, editable);
        }
    }

    /** The editable parts whose value changes, each recorded in {@code changes}; their new values. */
    Map<String, Object> changed(RecordType type, long id, Map<String, Object> partValues, Map<String, Object> changes) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (partValues.isEmpty()) {
            return changed;
        }
        RecordParts recordParts = parts.get(type);
        if (recordParts == null) {
            throw new IllegalArgumentException(type + " has no parts to write");
        }
        Map<String, Object> stored = recordParts.read(id);
        partValues.forEach((part, value) -> {
            if (!recordParts.editable().contains(part)) {
                throw new IllegalArgumentException(type + " part " + part + " is not editable");
            }
            Object after = recordParts.canonical(part, value);
            Object before = stored.get(part);
            if (!Objects.equals(before, after)) {
                changes.put(part, AuditTrail.change(before, after));
                changed.put(part, after);
            }
        });
        return changed;
    }

    /** Writes the parts {@link #changed} found changed. */
    void write(RecordType type, long id, Map<String, Object> changed) {
        if (!changed.isEmpty()) {
            parts.get(type).write(id, changed);
        }
    }

    /** On a delete: records every part's value as old. */
    void deleted(RecordType type, long id, Map<String, Object> changes) {
        if (parts.containsKey(type)) {
            parts.get(type).read(id).forEach((part, value) -> changes.put(part, AuditTrail.change(value, null)));
        }
    }

    /** On a revert: the editable parts' values in a replayed state (none recorded: empty). */
    Map<String, Object> editableIn(RecordType type, Map<String, Object> state) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (parts.containsKey(type)) {
            RecordParts recordParts = parts.get(type);
            recordParts.editable().forEach(part -> values.put(part, recordParts.valueIn(part, state)));
        }
        return values;
    }
}

package org.civicdata.tracker.core.editing;

import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.AuditTrail;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordTitles;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;

/**
 * Records by name, whatever their type ("Cook County, IL", a source's title), from each type's
 * {@link RecordNaming}: what the history, the activity view and the review queue show instead of ids.
 */
@Singleton
public class RecordNames implements RecordTitles {

    /** The fields that name a record, in the order tried for one that is gone. */
    private static final List<String> NAMING_FIELDS =
            List.of("name", "title", "label", "username", "issuingAuthority", "recipients", "text");

    private final RecordWriter records;
    private final AuditEntryRepository audit;
    private final AuditTrail trail;
    private final Map<RecordType, RecordNaming<?>> namings = new EnumMap<>(RecordType.class);

    RecordNames(RecordWriter records, AuditEntryRepository audit, AuditTrail trail, List<RecordNaming<?>> namings) {
        this.records = records;
        this.trail = trail;
        this.audit = audit;
        namings.forEach(n -> this.namings.put(n.recordType(), n));
    }

    /** The record's name; a deleted one by the name it had, as "Old Town (deleted)". */
    @Override
    public String of(RecordType type, long id) {
        return records.find(type, id).map(this::of).orElseGet(() -> deleted(type, id));
    }

    /** A deleted record's name, from the values its audit entries last gave its naming fields. */
    private String deleted(RecordType type, long id) {
        Map<String, Object> last = new java.util.HashMap<>();
        for (AuditEntry entry : audit.findByRecordTypeAndRecordIdOrderById(type, id)) {
            trail.readChanges(entry).forEach((field, change) -> {
                Map<?, ?> values = (Map<?, ?>) change;
                Object value = values.get("new") != null ? values.get("new") : values.get("old");
                if (value != null) {
                    last.put(field, value);
                }
            });
        }
        return NAMING_FIELDS.stream()
                .map(last::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(name -> RecordNaming.excerpt(name.toString(), 80) + " (deleted)")
                .orElse(type.label() + " " + id + " (deleted)");
    }

    /** The record's name, by its type's naming. */
    public String of(TrackedRecord record) {
        for (RecordNaming<?> naming : namings.values()) {
            if (naming.recordClass().isInstance(record)) {
                return name(naming, record);
            }
        }
        return record.getClass().getSimpleName() + " " + record.getId();
    }

    /** Whether every record type has a naming. */
    public boolean namesEveryType() {
        return namings.keySet().containsAll(List.of(RecordType.values()));
    }

    Optional<RecordNaming<?>> naming(RecordType type) {
        return Optional.ofNullable(namings.get(type));
    }

    /** The declared type of a record's field (inherited ones too), if the type has it. */
    Optional<Class<?>> fieldType(RecordType type, String property) {
        RecordNaming<?> naming = namings.get(type);
        for (Class<?> c = naming == null ? null : naming.recordClass();
                c != null && c != Object.class;
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(property)) {
                    return Optional.of(f.getType());
                }
            }
            for (java.lang.reflect.RecordComponent component :
                    c.isRecord() ? c.getRecordComponents() : new java.lang.reflect.RecordComponent[0]) {
                if (component.getName().equals(property)) {
                    return Optional.of(component.getType());
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T extends TrackedRecord> String name(RecordNaming<T> naming, TrackedRecord record) {
        return naming.nameOf((T) record);
    }
}

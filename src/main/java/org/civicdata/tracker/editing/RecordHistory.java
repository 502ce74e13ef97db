package org.civicdata.tracker.editing;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.audit.AuditAction;
import org.civicdata.tracker.audit.AuditEntry;
import org.civicdata.tracker.audit.AuditEntryRepository;
import org.civicdata.tracker.audit.RecordWriter;
import org.civicdata.tracker.common.RecordType;

/** A record's history as people read it: who did what when, field by field. */
@Singleton
public class RecordHistory {

    private final AuditEntryRepository audit;
    private final RecordWriter writer;

    RecordHistory(AuditEntryRepository audit, RecordWriter writer) {
        this.audit = audit;
        this.writer = writer;
    }

    public record FieldChange(String field, String before, String after) {
    }

    public record Entry(int version, Instant at, String actor, AuditAction action, List<FieldChange> changes) {
    }

    /** One change anywhere, for the activity view. */
    public record Activity(Instant at, String actor, AuditAction action, RecordType type, long recordId, int version,
                           List<FieldChange> changes) {
    }

    /** All changes, newest first, filtered and paged in SQL. */
    public List<Activity> activity(ActivityFilter filter, int page, int size) {
        return audit.findAll(filter.toSpecification(), io.micronaut.data.model.Pageable.from(page, size,
                        io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.desc("id"))))
                .getContent().stream()
                .map(e -> new Activity(e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(),
                        e.recordVersion(), changesOf(e)))
                .toList();
    }

    public long countActivity(ActivityFilter filter) {
        return audit.count(filter.toSpecification());
    }

    /** Newest first. */
    public List<Entry> of(RecordType type, long id) {
        List<Entry> entries = new ArrayList<>();
        for (AuditEntry e : audit.findByRecordTypeAndRecordIdOrderById(type, id)) {
            entries.add(0, new Entry(e.recordVersion(), e.occurredAt(), e.actor(), e.action(), changesOf(e)));
        }
        return entries;
    }

    /** The changes made after {@code version}: what someone else saved since a copy was read. */
    public List<Entry> since(RecordType type, long id, int version) {
        return of(type, id).stream().filter(e -> e.version() > version).toList();
    }

    private List<FieldChange> changesOf(AuditEntry e) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, Object> c : writer.readChanges(e).entrySet()) {
            Map<?, ?> values = (Map<?, ?>) c.getValue();
            changes.add(new FieldChange(c.getKey(), text(values.get("old")), text(values.get("new"))));
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}

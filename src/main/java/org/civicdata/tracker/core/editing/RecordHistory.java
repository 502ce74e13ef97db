package org.civicdata.tracker.core.editing;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.AuditTrail;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** A record's history as people read it: who did what when, field by field. */
@Singleton
public class RecordHistory {

    /** Field names as people read them, where splitting the property's name into words is not enough. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("publicationState", "Publication"),
            Map.entry("stateCode", "State"),
            Map.entry("fips", "FIPS"),
            Map.entry("parentId", "Part of"),
            Map.entry("jurisdictionId", "Jurisdiction"),
            Map.entry("personId", "Speaker"),
            Map.entry("fundingThreatId", "Funding threat"),
            Map.entry("dojLetterId", "DOJ letter"),
            Map.entry("amountUsd", "Amount (USD)"),
            Map.entry("url", "Address (URL)"),
            Map.entry("passwordHash", "Password"),
            Map.entry("saidOnInferred", "Date said is inferred"),
            Map.entry("occurredOnInferred", "Date is inferred"),
            Map.entry("publishedInferred", "Date published is inferred"),
            Map.entry("publishedOn", "Published"),
            Map.entry("deadlineOn", "Deadline"),
            Map.entry("responseOn", "Response"),
            Map.entry("seedDocument", "Seed document"));

    private final AuditEntryRepository audit;
    private final AuditTrail trail;
    private final RecordNames names;

    RecordHistory(AuditEntryRepository audit, AuditTrail trail, RecordNames names) {
        this.audit = audit;
        this.trail = trail;
        this.names = names;
    }

    /**
     * One field's change as people read it: {@code field} is its name in words ("Publication"), the
     * values are labels and names (a source's title, not its id); {@code property} is the field as stored.
     */
    public record FieldChange(String field, String before, String after, String property) {
        public FieldChange(String field, String before, String after) {
            this(field, before, after, field);
        }

        /** "Publication: Draft → Published". */
        public String text() {
            return field + ": " + before + " → " + after;
        }
    }

    public record Entry(int version, Instant at, String actor, AuditAction action, List<FieldChange> changes) {}

    /** One change anywhere, for the activity view; {@code recordName} names the record as people do. */
    public record Activity(
            Instant at,
            String actor,
            AuditAction action,
            RecordType type,
            long recordId,
            int version,
            List<FieldChange> changes,
            String recordName) {}

    /** A field's name as people read it: "publicationState" as "Publication", "validFromOn" as "Valid from". */
    public static String fieldLabel(String property) {
        String known = FIELD_LABELS.get(property);
        if (known != null) {
            return known;
        }
        String name = property;
        String suffix = "";
        if (name.endsWith("Precision") && name.length() > "Precision".length()) {
            name = name.substring(0, name.length() - "Precision".length());
            suffix = " (precision)";
        } else if (name.endsWith("On") && name.length() > 2) {
            name = name.substring(0, name.length() - 2);
        } else if (name.endsWith("Id") && name.length() > 2) {
            name = name.substring(0, name.length() - 2);
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + suffix;
    }

    /** All changes, newest first, filtered and paged in SQL. */
    public List<Activity> activity(ActivityFilter filter, int page, int size) {
        return audit
                .findAll(
                        filter.toSpecification(),
                        io.micronaut.data.model.Pageable.from(
                                page,
                                size,
                                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.desc("id"))))
                .getContent()
                .stream()
                .map(e -> new Activity(
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.recordType(),
                        e.recordId(),
                        e.recordVersion(),
                        changesOf(e),
                        names.of(e.recordType(), e.recordId())))
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
        for (Map.Entry<String, Object> c : trail.readChanges(e).entrySet()) {
            Map<?, ?> values = (Map<?, ?>) c.getValue();
            String property = c.getKey();
            changes.add(new FieldChange(
                    fieldLabel(property),
                    text(e.recordType(), property, values.get("old")),
                    text(e.recordType(), property, values.get("new")),
                    property));
        }
        return changes;
    }

    /** A stored value as people read it: a label for a code, a name for a record's id, titles for sources. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String text(RecordType type, String property, Object value) {
        if (value == null) {
            return "—";
        }
        if ("sources".equals(property) && value instanceof Collection<?> ids) {
            return ids.isEmpty()
                    ? "none"
                    : ids.stream()
                            .map(id -> names.of(RecordType.SOURCE, ((Number) id).longValue()))
                            .collect(Collectors.joining("; "));
        }
        Optional<RecordNaming<?>> naming = names.naming(type);
        Optional<String> part = naming.flatMap(n -> n.partText(property, value));
        if (part.isPresent()) {
            return part.get();
        }
        RecordType referenced = naming.map(n -> n.references().get(property)).orElse(null);
        if (referenced != null && value instanceof Number id) {
            return names.of(referenced, id.longValue());
        }
        Class<?> fieldType = names.fieldType(type, property).orElse(Object.class);
        if (fieldType.isEnum() && Coded.class.isAssignableFrom(fieldType)) {
            return Coded.labelOf((Class) fieldType, value.toString());
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}

package org.civicdata.tracker.audit;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRecord;
import org.civicdata.tracker.common.TrackedRepository;
import org.civicdata.tracker.source.Citation;
import org.civicdata.tracker.source.CitationRepository;

/**
 * The one write path for every record type. Each create or update writes the record, its citations
 * and an {@link AuditEntry} with every changed field's old and new value, in one transaction; an
 * update of a copy that is no longer current is refused ({@link StaleRecordException}).
 */
@Singleton
public class RecordWriter {

    /** Bookkeeping that every write changes; the audit entry records who and when instead. */
    private static final Set<String> NOT_AUDITED = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");

    /** Changes to these are recorded, their values never (a password hash is a secret too). */
    private static final Set<String> REDACTED = Set.of("passwordHash");

    private final Map<RecordType, TrackedRepository<?>> repositories = new EnumMap<>(RecordType.class);
    private final CitationRepository citations;
    private final AuditEntryRepository audit;
    private final JsonMapper json;
    private final Clock clock;

    public RecordWriter(List<TrackedRepository<?>> repositories, CitationRepository citations,
                        AuditEntryRepository audit, JsonMapper json, Clock clock) {
        for (TrackedRepository<?> repository : repositories) {
            this.repositories.put(repository.recordType(), repository);
        }
        this.citations = citations;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Inserts a new record citing the given sources.
     *
     * @param alsoAudited parts of the record kept in other tables (an event's jurisdictions and
     *                    figures), recorded in the audit entry as fields of the record
     */
    @Transactional
    public <T extends TrackedRecord> T create(RecordType type, T record, Collection<Long> sourceIds,
                                              Map<String, Object> alsoAudited, String actor) {
        Instant now = now();
        record.setId(null);
        record.setVersion(0);
        record.setCreatedAt(now);
        record.setCreatedBy(actor);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actor);
        T saved = repository(type, record).save(record);
        for (Long sourceId : sourceIds) {
            citations.save(new Citation(null, type, saved.getId(), sourceId));
        }
        Map<String, Object> changes = diff(null, saved);
        if (!sourceIds.isEmpty()) {
            changes.put("sources", change(null, List.copyOf(sourceIds)));
        }
        alsoAudited.forEach((field, value) -> changes.put(field, change(null, value)));
        audit.save(new AuditEntry(null, now, actor, AuditAction.CREATE, type, saved.getId(), saved.getVersion(),
                toJson(changes)));
        return saved;
    }

    /**
     * Saves an edited copy of a stored record. Refused when the copy's version is not the stored one:
     * someone else saved in between, and their change must not be silently overwritten.
     */
    @Transactional
    public <T extends TrackedRecord> T update(RecordType type, T edited, String actor) {
        TrackedRepository<T> repository = repository(type, edited);
        long id = Objects.requireNonNull(edited.getId(), "an update needs the record's id");
        T stored = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException(type + " " + id + " does not exist"));
        if (!Objects.equals(stored.getVersion(), edited.getVersion())) {
            throw new StaleRecordException(type, id, edited.getVersion(), stored.getVersion());
        }
        Map<String, Object> changes = diff(stored, edited);
        if (changes.isEmpty()) {
            return stored;
        }
        edited.setCreatedAt(stored.getCreatedAt());
        edited.setCreatedBy(stored.getCreatedBy());
        edited.setUpdatedAt(now());
        edited.setUpdatedBy(actor);
        T saved;
        try {
            saved = repository.update(edited);
        } catch (OptimisticLockException e) {
            Integer current = repository.findById(id).map(TrackedRecord::getVersion).orElse(null);
            throw new StaleRecordException(type, id, edited.getVersion(), current);
        }
        audit.save(new AuditEntry(null, saved.getUpdatedAt(), actor, AuditAction.UPDATE, type, id,
                saved.getVersion(), toJson(changes)));
        return saved;
    }

    @SuppressWarnings("unchecked")
    private <T extends TrackedRecord> TrackedRepository<T> repository(RecordType type, T record) {
        TrackedRepository<?> repository = repositories.get(type);
        if (repository == null) {
            throw new IllegalStateException("No repository for " + type);
        }
        return (TrackedRepository<T>) repository;
    }

    /** Field-by-field differences; with {@code before} null, every field of {@code after} that is set. */
    @SuppressWarnings("unchecked")
    static <T> Map<String, Object> diff(T before, T after) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) after.getClass());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (BeanProperty<T, Object> property : introspection.getBeanProperties()) {
            if (NOT_AUDITED.contains(property.getName())) {
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

    private static Map<String, Object> change(Object oldValue, Object newValue) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("old", oldValue);
        change.put("new", newValue);
        return change;
    }

    /** JSON-friendly form: whole numbers as numbers, decimals as exact text compared by value (1.50 = 1.5), the rest as text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof Long
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

    /** Microseconds, as DATETIME(6) stores them, so a saved record reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

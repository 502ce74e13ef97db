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
import io.micronaut.core.annotation.Nullable;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRecord;
import org.civicdata.tracker.common.TrackedRepository;
import org.civicdata.tracker.citation.Citation;
import org.civicdata.tracker.citation.CitationRepository;

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
    private final Map<RecordType, RecordParts> parts = new EnumMap<>(RecordType.class);
    private final CitationRepository citations;
    private final AuditEntryRepository audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TextLimits textLimits;
    private final PublicationGuard guard;

    public RecordWriter(List<TrackedRepository<?>> repositories, List<RecordParts> parts,
                        CitationRepository citations, AuditEntryRepository audit, JsonMapper json, Clock clock,
                        TextLimits textLimits, PublicationGuard guard) {
        for (TrackedRepository<?> repository : repositories) {
            this.repositories.put(repository.recordType(), repository);
        }
        for (RecordParts p : parts) {
            this.parts.put(p.recordType(), p);
        }
        this.citations = citations;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.textLimits = textLimits;
        this.guard = guard;
    }

    /**
     * Inserts a new record citing the given sources.
     *
     * @param alsoAudited parts of the record kept in other tables (an event's jurisdictions and
     *                    figures), recorded in the audit entry as fields of the record; those its
     *                    {@link RecordParts} can write (an event's jurisdictions) are written too
     */
    @Transactional
    public <T extends TrackedRecord> T create(RecordType type, T record, Collection<Long> sourceIds,
                                              Map<String, Object> alsoAudited, String actor) {
        textLimits.check(record);
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
        RecordParts recordParts = parts.get(type);
        if (recordParts != null) {
            Map<String, Object> editable = new LinkedHashMap<>(alsoAudited);
            editable.keySet().retainAll(recordParts.editable());
            recordParts.write(saved.getId(), editable);
        }
        audit.save(new AuditEntry(null, now, actor, AuditAction.CREATE, type, saved.getId(), saved.getVersion(),
                toJson(changes)));
        if (isPublished(saved)) {
            guard.check(List.of(new PublicationGuard.Key(type, saved.getId())), false);
        }
        return saved;
    }

    /**
     * Saves an edited copy of a stored record. Refused when the copy's version is not the stored one:
     * someone else saved in between, and their change must not be silently overwritten.
     */
    @Transactional
    public <T extends TrackedRecord> T update(RecordType type, T edited, String actor) {
        return update(type, edited, null, actor);
    }

    /**
     * Saves an edited copy and, unless {@code sourceIds} is null, replaces the sources it cites. The
     * publication state is not changed here: see {@link #setPublicationState}.
     */
    @Transactional
    public <T extends TrackedRecord> T update(RecordType type, T edited, @Nullable Collection<Long> sourceIds,
                                              String actor) {
        return checked(type, save(type, edited, sourceIds, Map.of(), actor, AuditAction.UPDATE), false);
    }

    /**
     * As {@link #update(RecordType, TrackedRecord, Collection, String)}, and also replaces the record's
     * editable parts given in {@code partValues} (an event's jurisdictions), audited as its fields.
     */
    @Transactional
    public <T extends TrackedRecord> T update(RecordType type, T edited, @Nullable Collection<Long> sourceIds,
                                              Map<String, Object> partValues, String actor) {
        return checked(type, save(type, edited, sourceIds, partValues, actor, AuditAction.UPDATE), false);
    }

    private <T extends TrackedRecord> T save(RecordType type, T edited, @Nullable Collection<Long> sourceIds,
                                             Map<String, Object> partValues, String actor, AuditAction action) {
        TrackedRepository<T> repository = repository(type, edited);
        long id = Objects.requireNonNull(edited.getId(), "an update needs the record's id");
        textLimits.check(edited);
        T stored = current(type, repository, id, edited.getVersion());
        if (action != AuditAction.PUBLISH && action != AuditAction.UNPUBLISH && stored instanceof PublishableRecord before
                && before.getPublicationState() != ((PublishableRecord) edited).getPublicationState()) {
            throw new IllegalArgumentException("Publishing and unpublishing are their own actions, not part of an edit");
        }
        Map<String, Object> changes = diff(stored, edited);
        if (sourceIds != null) {
            List<Long> before = sourceIds(type, id);
            List<Long> after = sourceIds.stream().distinct().sorted().toList();
            if (!before.equals(after)) {
                changes.put("sources", change(before, after));
                replaceCitations(type, id, before, after);
            }
        }
        Map<String, Object> changedParts = changedParts(type, id, partValues, changes);
        if (changes.isEmpty()) {
            return stored;
        }
        edited.setCreatedAt(stored.getCreatedAt());
        edited.setCreatedBy(stored.getCreatedBy());
        edited.setUpdatedAt(now());  // also bumps the version when only the sources changed
        edited.setUpdatedBy(actor);
        T saved;
        try {
            saved = repository.update(edited);
        } catch (OptimisticLockException e) {
            Integer current = repository.findById(id).map(TrackedRecord::getVersion).orElse(null);
            throw new StaleRecordException(type, id, edited.getVersion(), current);
        }
        if (!changedParts.isEmpty()) {
            parts.get(type).write(id, changedParts);
        }
        audit.save(new AuditEntry(null, saved.getUpdatedAt(), actor, action, type, id, saved.getVersion(),
                toJson(changes)));
        return saved;
    }

    /**
     * Publishes or unpublishes the version the user saw; refused if it is no longer the current one, or
     * if it would leave a published record uncited or hidden ({@link PublicationGuard}).
     */
    @Transactional
    public <T extends PublishableRecord> T setPublicationState(RecordType type, long id, int expectedVersion,
                                                               PublicationState state, String actor) {
        T saved = changeState(type, id, expectedVersion, state, actor);
        guard.check(List.of(new PublicationGuard.Key(type, id)), state != PublicationState.PUBLISHED);
        return saved;
    }

    /** A record at the version it was read at, for {@link #setPublicationStates}. */
    public record Target(RecordType type, long id, int expectedVersion) {
    }

    /**
     * Publishes or unpublishes several records in one transaction, one audit entry each; the
     * citation invariant is checked once all are written (a record and what it needs go together).
     */
    @Transactional
    public void setPublicationStates(List<Target> targets, PublicationState state, String actor) {
        for (Target t : targets) {
            changeState(t.type(), t.id(), t.expectedVersion(), state, actor);
        }
        guard.check(targets.stream().map(t -> new PublicationGuard.Key(t.type(), t.id())).toList(),
                state != PublicationState.PUBLISHED);
    }

    private <T extends PublishableRecord> T changeState(RecordType type, long id, int expectedVersion,
                                                        PublicationState state, String actor) {
        @SuppressWarnings("unchecked")
        TrackedRepository<T> repository = (TrackedRepository<T>) repositories.get(type);
        T record = current(type, repository, id, expectedVersion);
        if (record.getPublicationState() == state) {
            return record;
        }
        record.setPublicationState(state);
        return save(type, record, null, Map.of(), actor,
                state == PublicationState.PUBLISHED ? AuditAction.PUBLISH : AuditAction.UNPUBLISH);
    }

    /**
     * Deletes the version the user saw, with its citations; the audit entry keeps every value it had.
     * A record others still refer to is refused by the database (callers say what refers to it first).
     */
    @Transactional
    public void delete(RecordType type, long id, int expectedVersion, String actor) {
        TrackedRepository<TrackedRecord> repository = anyRepository(type);
        TrackedRecord record = current(type, repository, id, expectedVersion);
        Map<String, Object> changes = new LinkedHashMap<>();
        diff(null, record).forEach((field, c) -> changes.put(field, change(((Map<?, ?>) c).get("new"), null)));
        List<Long> cited = sourceIds(type, id);
        if (!cited.isEmpty()) {
            changes.put("sources", change(cited, null));
            replaceCitations(type, id, cited, List.of());
        }
        if (parts.containsKey(type)) {
            parts.get(type).read(id).forEach((part, value) -> changes.put(part, change(value, null)));
        }
        repository.deleteById(id);
        audit.save(new AuditEntry(null, now(), actor, AuditAction.DELETE, type, id, record.getVersion(), toJson(changes)));
        if (type != RecordType.ACCOUNT) {
            guard.check(List.of(new PublicationGuard.Key(type, id)), true);
        }
    }

    /**
     * Restores the content a record had at {@code toVersion}, rebuilt from its audit trail, as a new
     * audited change (action REVERT). The publication state stays as it is now; redacted fields
     * (password hashes) are not restored.
     */
    @Transactional
    public <T extends TrackedRecord> T revert(RecordType type, long id, int toVersion, int expectedVersion, String actor) {
        TrackedRepository<T> repository = anyRepository(type);
        T record = current(type, repository, id, expectedVersion);
        Map<String, Object> then = stateAt(type, id, toVersion);
        @SuppressWarnings("unchecked")
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) record.getClass());
        for (BeanProperty<T, Object> property : introspection.getBeanProperties()) {
            String name = property.getName();
            if (NOT_AUDITED.contains(name) || REDACTED.contains(name) || "publicationState".equals(name)
                    || "seedKey".equals(name) || property.isReadOnly()) {
                continue;
            }
            Object value = then.get(name);
            if (value == null && property.getType().isPrimitive()) {
                value = Boolean.FALSE;
            }
            property.convertAndSet(record, value);
        }
        @SuppressWarnings("unchecked")
        List<Number> sources = (List<Number>) then.getOrDefault("sources", List.of());
        Map<String, Object> partsThen = new LinkedHashMap<>();
        if (parts.containsKey(type)) {
            parts.get(type).editable().forEach(part -> partsThen.put(part, then.getOrDefault(part, List.of())));
        }
        return checked(type, save(type, record, sources.stream().map(Number::longValue).toList(), partsThen, actor,
                AuditAction.REVERT), false);
    }

    /** An edit keeps a published record cited and shown (the invariant of {@link PublicationGuard}). */
    private <T extends TrackedRecord> T checked(RecordType type, T saved, boolean mayHaveGoneDown) {
        if (isPublished(saved)) {
            guard.check(List.of(new PublicationGuard.Key(type, saved.getId())), mayHaveGoneDown);
        }
        return saved;
    }

    private static boolean isPublished(TrackedRecord record) {
        return record instanceof PublishableRecord p && p.getPublicationState() == PublicationState.PUBLISHED;
    }

    /** The editable parts whose value changes, each recorded in {@code changes}; their new values. */
    private Map<String, Object> changedParts(RecordType type, long id, Map<String, Object> partValues,
                                             Map<String, Object> changes) {
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
                changes.put(part, change(before, after));
                changed.put(part, after);
            }
        });
        return changed;
    }

    /** The field values a record had at a version, replayed from its audit entries. */
    public Map<String, Object> stateAt(RecordType type, long id, int version) {
        Map<String, Object> state = new LinkedHashMap<>();
        boolean reached = false;
        for (AuditEntry entry : audit.findByRecordTypeAndRecordIdOrderById(type, id)) {
            if (entry.recordVersion() > version) {
                break;
            }
            readChanges(entry).forEach((field, c) -> state.put(field, ((Map<?, ?>) c).get("new")));
            reached = entry.recordVersion() == version;
        }
        if (!reached) {
            throw new IllegalArgumentException(type + " " + id + " has no version " + version + " in its history");
        }
        return state;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> readChanges(AuditEntry entry) {
        try {
            return json.readValue(entry.changes(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored record, whatever its type. */
    public java.util.Optional<TrackedRecord> find(RecordType type, long id) {
        return anyRepository(type).findById(id);
    }

    /** The ids of the sources a record cites, in order. */
    public List<Long> sourceIds(RecordType type, long id) {
        return citations.findByRecordTypeAndRecordId(type, id).stream().map(Citation::sourceId).sorted().toList();
    }

    private void replaceCitations(RecordType type, long id, List<Long> before, List<Long> after) {
        for (Citation c : citations.findByRecordTypeAndRecordId(type, id)) {
            if (!after.contains(c.sourceId())) {
                citations.delete(c);
            }
        }
        for (Long sourceId : after) {
            if (!before.contains(sourceId)) {
                citations.save(new Citation(null, type, id, sourceId));
            }
        }
    }

    /** The stored record, if it is still at the version the caller read. */
    private <T extends TrackedRecord> T current(RecordType type, TrackedRepository<T> repository, long id,
                                                Integer expectedVersion) {
        T stored = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException(type + " " + id + " does not exist"));
        if (!Objects.equals(stored.getVersion(), expectedVersion)) {
            throw new StaleRecordException(type, id, expectedVersion, stored.getVersion());
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private <T extends TrackedRecord> TrackedRepository<T> anyRepository(RecordType type) {
        TrackedRepository<?> repository = repositories.get(type);
        if (repository == null) {
            throw new IllegalStateException("No repository for " + type);
        }
        return (TrackedRepository<T>) repository;
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

package org.civicdata.tracker.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.common.TrackedRepository;

/**
 * The one write path for every record type. Each create or update writes the record, its citations
 * and an {@link AuditEntry} with every changed field's old and new value, in one transaction; an
 * update of a copy that is no longer current is refused ({@link StaleRecordException}). The entry's
 * encoding and the replay a revert restores are the {@link AuditTrail}'s.
 */
@Singleton
public class RecordWriter {

    private final Map<RecordType, TrackedRepository<?>> repositories = new EnumMap<>(RecordType.class);
    private final PartsByType parts;
    private final CitationWriter citations;
    private final AuditTrail audit;
    private final Clock clock;
    private final TextLimits textLimits;
    private final PublicationGuard guard;

    public RecordWriter(
            List<TrackedRepository<?>> repositories,
            List<RecordParts> parts,
            CitationWriter citations,
            AuditTrail audit,
            Clock clock,
            TextLimits textLimits,
            PublicationGuard guard) {
        for (TrackedRepository<?> repository : repositories) {
            this.repositories.put(repository.recordType(), repository);
        }
        this.parts = new PartsByType(parts);
        this.citations = citations;
        this.audit = audit;
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
    public <T extends TrackedRecord> T create(
            RecordType type, T record, Collection<Long> sourceIds, Map<String, Object> alsoAudited, String actor) {
        textLimits.check(record);
        Instant now = now();
        record.setId(null);
        record.setVersion(0);
        record.setCreatedAt(now);
        record.setCreatedBy(actor);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actor);
        T saved = this.<T>repository(type).save(record);
        Map<String, Object> changes = AuditTrail.diff(null, saved);
        citations.add(type, saved.getId(), sourceIds, changes);
        alsoAudited.forEach((field, value) -> changes.put(field, AuditTrail.change(null, value)));
        parts.created(type, saved.getId(), alsoAudited);
        audit.append(now, actor, AuditAction.CREATE, type, null, saved, changes);
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
    public <T extends TrackedRecord> T update(
            RecordType type, T edited, @Nullable Collection<Long> sourceIds, String actor) {
        return checked(type, save(type, edited, sourceIds, Map.of(), actor, AuditAction.UPDATE), false);
    }

    /**
     * As {@link #update(RecordType, TrackedRecord, Collection, String)}, and also replaces the record's
     * editable parts given in {@code partValues} (an event's jurisdictions), audited as its fields.
     */
    @Transactional
    public <T extends TrackedRecord> T update(
            RecordType type,
            T edited,
            @Nullable Collection<Long> sourceIds,
            Map<String, Object> partValues,
            String actor) {
        return checked(type, save(type, edited, sourceIds, partValues, actor, AuditAction.UPDATE), false);
    }

    private <T extends TrackedRecord> T save(
            RecordType type,
            T edited,
            @Nullable Collection<Long> sourceIds,
            Map<String, Object> partValues,
            String actor,
            AuditAction action) {
        TrackedRepository<T> repository = repository(type);
        long id = Objects.requireNonNull(edited.getId(), "an update needs the record's id");
        textLimits.check(edited);
        T stored = current(type, repository, id, edited.getVersion());
        if (action != AuditAction.PUBLISH
                && action != AuditAction.UNPUBLISH
                && stored instanceof PublishableRecord before
                && before.getPublicationState() != ((PublishableRecord) edited).getPublicationState()) {
            throw new IllegalArgumentException(
                    "Publishing and unpublishing are their own actions, not part of an edit");
        }
        Map<String, Object> changes = AuditTrail.diff(stored, edited);
        if (sourceIds != null) {
            citations.replace(type, id, sourceIds, changes);
        }
        Map<String, Object> changedParts = parts.changed(type, id, partValues, changes);
        if (changes.isEmpty()) {
            return stored;
        }
        edited.setCreatedAt(stored.getCreatedAt());
        edited.setCreatedBy(stored.getCreatedBy());
        edited.setUpdatedAt(now()); // also bumps the version when only the sources changed
        edited.setUpdatedBy(actor);
        T saved;
        try {
            saved = repository.update(edited);
        } catch (OptimisticLockException e) {
            Integer current =
                    repository.findById(id).map(TrackedRecord::getVersion).orElse(null);
            throw new StaleRecordException(type, id, edited.getVersion(), current);
        }
        parts.write(type, id, changedParts);
        audit.append(saved.getUpdatedAt(), actor, action, type, stored, saved, changes);
        return saved;
    }

    /**
     * Publishes or unpublishes the version the user saw; refused if it is no longer the current one, or
     * if it would leave a published record uncited or hidden ({@link PublicationGuard}).
     */
    @Transactional
    public <T extends PublishableRecord> T setPublicationState(
            RecordType type, long id, int expectedVersion, PublicationState state, String actor) {
        T saved = changeState(type, id, expectedVersion, state, actor);
        guard.check(List.of(new PublicationGuard.Key(type, id)), state != PublicationState.PUBLISHED);
        return saved;
    }

    /** A record at the version it was read at, for {@link #setPublicationStates}. */
    public record Target(RecordType type, long id, int expectedVersion) {}

    /**
     * Publishes or unpublishes several records in one transaction, one audit entry each; the
     * citation invariant is checked once all are written (a record and what it needs go together).
     */
    @Transactional
    public void setPublicationStates(List<Target> targets, PublicationState state, String actor) {
        for (Target t : targets) {
            changeState(t.type(), t.id(), t.expectedVersion(), state, actor);
        }
        guard.check(
                targets.stream()
                        .map(t -> new PublicationGuard.Key(t.type(), t.id()))
                        .toList(),
                state != PublicationState.PUBLISHED);
    }

    private <T extends PublishableRecord> T changeState(
            RecordType type, long id, int expectedVersion, PublicationState state, String actor) {
        T record = current(type, this.<T>repository(type), id, expectedVersion);
        if (record.getPublicationState() == state) {
            return record;
        }
        record.setPublicationState(state);
        return save(
                type,
                record,
                null,
                Map.of(),
                actor,
                state == PublicationState.PUBLISHED ? AuditAction.PUBLISH : AuditAction.UNPUBLISH);
    }

    /**
     * Deletes the version the user saw, with its citations; the audit entry keeps every value it had.
     * A record others still refer to is refused by the database (callers say what refers to it first).
     */
    @Transactional
    public void delete(RecordType type, long id, int expectedVersion, String actor) {
        TrackedRepository<TrackedRecord> repository = repository(type);
        TrackedRecord record = current(type, repository, id, expectedVersion);
        Map<String, Object> changes = AuditTrail.removal(record);
        citations.removeAll(type, id, changes);
        parts.deleted(type, id, changes);
        // Appended while the record still stands, so the change feed can file it under its jurisdictions.
        audit.append(now(), actor, AuditAction.DELETE, type, record, null, changes);
        repository.deleteById(id);
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
    public <T extends TrackedRecord> T revert(
            RecordType type, long id, int toVersion, int expectedVersion, String actor) {
        T record = current(type, this.<T>repository(type), id, expectedVersion);
        Map<String, Object> then = audit.stateAt(type, id, toVersion);
        AuditTrail.restore(record, then);
        @SuppressWarnings("unchecked")
        List<Number> sources = (List<Number>) then.getOrDefault("sources", List.of());
        return checked(
                type,
                save(
                        type,
                        record,
                        sources.stream().map(Number::longValue).toList(),
                        parts.editableIn(type, then),
                        actor,
                        AuditAction.REVERT),
                false);
    }

    /** An edit keeps a published record cited and shown (the invariant of {@link PublicationGuard}). */
    private <T extends TrackedRecord> T checked(RecordType type, T saved, boolean mayHaveGoneDown) {
        if (isPublished(saved)) {
            guard.check(List.of(new PublicationGuard.Key(type, saved.getId())), mayHaveGoneDown);
        }
        return saved;
    }

    static boolean isPublished(@Nullable TrackedRecord record) {
        return record instanceof PublishableRecord p && p.getPublicationState() == PublicationState.PUBLISHED;
    }

    /** The stored record, whatever its type. */
    public Optional<TrackedRecord> find(RecordType type, long id) {
        return repository(type).findById(id);
    }

    /** The stored record, if it is still at the version the caller read. */
    private <T extends TrackedRecord> T current(
            RecordType type, TrackedRepository<T> repository, long id, Integer expectedVersion) {
        T stored = repository
                .findById(id)
                .orElseThrow(() -> new IllegalArgumentException(type + " " + id + " does not exist"));
        if (!Objects.equals(stored.getVersion(), expectedVersion)) {
            throw new StaleRecordException(type, id, expectedVersion, stored.getVersion());
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private <T extends TrackedRecord> TrackedRepository<T> repository(RecordType type) {
        TrackedRepository<?> repository = repositories.get(type);
        if (repository == null) {
            throw new IllegalStateException("No repository for " + type);
        }
        return (TrackedRepository<T>) repository;
    }

    /** Microseconds, as DATETIME(6) stores them, so a saved record reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

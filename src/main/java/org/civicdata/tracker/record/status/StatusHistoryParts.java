package org.civicdata.tracker.record.status;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.civicdata.tracker.core.audit.RecordParts;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordsOfType;

/**
 * A record type's status history as its part {@code statusHistory} ({@link StatusHistory}): read,
 * written (replaced whole, in history order) and restored by a revert through {@link RecordParts}, so
 * that it is saved and audited with its record, one version, one audit entry. Each type with a history
 * has one bean of a subclass (the type's statuses are its own enumeration).
 */
public abstract class StatusHistoryParts<E extends Enum<E> & Coded> implements RecordParts {

    private final StatusParent parent;
    private final Class<E> statuses;
    private final StatusChangeRepository repository;
    private final TextLimits limits;
    private final String dateProperty;

    /** {@code dateProperty}: the record's own date its first entry takes (a letter's "sent", for sentOn and sentPrecision). */
    protected StatusHistoryParts(
            StatusParent parent,
            Class<E> statuses,
            String dateProperty,
            StatusChangeRepository repository,
            TextLimits limits) {
        this.dateProperty = dateProperty;
        this.parent = parent;
        this.statuses = statuses;
        this.repository = repository;
        this.limits = limits;
    }

    @Override
    public RecordType recordType() {
        return parent.type();
    }

    @Override
    public Set<String> editable() {
        return Set.of(StatusHistory.PART);
    }

    @Override
    public Map<String, Object> read(long id) {
        return Map.of(StatusHistory.PART, StatusHistory.part(of(id)));
    }

    @Override
    public Object canonical(String part, Object value) {
        return StatusHistory.part(StatusHistory.inOrder(StatusHistory.entries(value, statuses)));
    }

    @Override
    public void write(long id, Map<String, Object> values) {
        if (!values.containsKey(StatusHistory.PART)) {
            return;
        }
        List<StatusEntry> entries =
                StatusHistory.inOrder(StatusHistory.entries(values.get(StatusHistory.PART), statuses));
        List<StatusChange> rows =
                entries.stream().map(e -> parent.change(id, e)).toList();
        int row = 0;
        for (StatusChange change : rows) {
            row++;
            try {
                limits.check(change);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(
                        StatusHistory.PART, StatusHistory.LABEL + ", row " + row + ": " + e.getMessage());
            }
        }
        parent.deleteAll(repository, id);
        repository.saveAll(rows);
    }

    /**
     * The history a version from before the history was recorded had (a record migrated by V10 whose
     * trail starts earlier): one entry made from that version's own status and date, cited by its first
     * source, as V10 made it.
     */
    @Override
    public Object valueIn(String part, Map<String, Object> state) {
        if (state.containsKey(part)) {
            return state.get(part);
        }
        Object sources = state.get("sources");
        Long first = sources instanceof Collection<?> ids
                        && !ids.isEmpty()
                        && ids.iterator().next() instanceof Number n
                ? n.longValue()
                : null;
        Object date = state.get(dateProperty + "On");
        Object precision = state.get(dateProperty + "Precision");
        PartialDate effective = date == null || precision == null
                ? null
                : new PartialDate(
                        LocalDate.parse(date.toString()),
                        org.civicdata.tracker.core.common.DatePrecision.valueOf(precision.toString()));
        return StatusHistory.part(List.of(new StatusEntry(initialStatus(state), effective, null, first, null, true)));
    }

    /** The status of a record as it was before it had a history: its status (a court case, which has none, says otherwise). */
    protected String initialStatus(Map<String, Object> state) {
        return String.valueOf(state.get("status"));
    }

    /** A record's entries, in history order. */
    public List<StatusEntry> of(long id) {
        return parent.read(repository, List.of(id)).stream()
                .map(StatusEntry::of)
                .toList();
    }

    /** The entries of many records (one query), each record's in history order; a record without entries is absent. */
    public Map<Long, List<StatusEntry>> of(Collection<Long> ids) {
        Map<Long, List<StatusEntry>> byParent = new LinkedHashMap<>();
        for (StatusChange c : parent.read(repository, ids)) {
            byParent.computeIfAbsent(parent.parentOf(c), k -> new java.util.ArrayList<>())
                    .add(StatusEntry.of(c));
        }
        return byParent;
    }

    /**
     * Checks a save of a record through its type's service ({@code sourceIds} null: it keeps the sources it
     * cites) and sets its status: the history it will have is the one given in {@code parts}, or the stored
     * one when none is given; the record's status ({@code setStatus}; none for a type without a status
     * column) becomes its latest entry's; then the record's own fields are checked (its type's rules), then
     * the history. Refused, naming the field (and row), when either is wrong or the history is empty.
     */
    public <T extends PublishableRecord> void checkSave(
            RecordsOfType<T> records,
            T record,
            @Nullable Collection<Long> sourceIds,
            Map<String, Object> parts,
            @Nullable Consumer<E> setStatus,
            LocalDate today) {
        Long id = record.getId();
        List<StatusEntry> entries = parts.containsKey(StatusHistory.PART)
                ? StatusHistory.inOrder(StatusHistory.entries(parts.get(StatusHistory.PART), statuses))
                : id == null ? List.of() : of(id);
        StatusEntry latest = StatusHistory.latest(entries);
        if (latest != null && setStatus != null) {
            setStatus.accept(Enum.valueOf(statuses, latest.status()));
        }
        FieldProblems.throwFirst(records.problems(record));
        Collection<Long> cited = sourceIds != null ? sourceIds : id == null ? List.of() : records.sourceIds(id);
        FieldProblems.throwFirst(StatusHistory.problems(entries, cited, today));
    }

    /** The parts a save was given, as stored and audited: only the history may be among them. */
    public Map<String, Object> canonicalParts(Map<String, Object> parts) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        parts.forEach((part, value) -> {
            if (!StatusHistory.PART.equals(part)) {
                throw new IllegalArgumentException(recordType() + " has no part " + part);
            }
            canonical.put(part, canonical(part, value));
        });
        return canonical;
    }

    /** A new record's first entry: its status, dated by its own date, cited by its first source. */
    public static StatusEntry initial(Coded status, @Nullable PartialDate date, @Nullable Long sourceId) {
        return new StatusEntry(status.name(), date, null, sourceId, null, true);
    }
}

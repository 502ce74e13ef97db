package org.civicdata.tracker.core.editing;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRepository;

/** The part of {@link EditableRecords} that is the same for every type's service. */
public abstract class RecordsOfType<T extends PublishableRecord> implements EditableRecords<T> {

    private final RecordType type;
    private final TrackedRepository<T> repository;
    private final RecordEditService editor;
    private java.time.Clock clock = java.time.Clock.systemUTC();

    protected RecordsOfType(RecordType type, TrackedRepository<T> repository, RecordEditService editor) {
        this.type = type;
        this.repository = repository;
        this.editor = editor;
    }

    /** The app's clock (injected, so tests can fix the date the type's rules call today). */
    @jakarta.inject.Inject
    protected void setClock(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Today, by the app's clock: dates of things that happened may not be later. */
    protected java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @Override
    public RecordType type() {
        return type;
    }

    @Override
    public RecordEditService editor() {
        return editor;
    }

    @Override
    public Optional<T> find(long id) {
        return repository.findById(id);
    }

    /** The type's rules (its rules class): what is wrong with the record as it would be saved; empty when nothing is. */
    public abstract List<FieldProblem> problems(T record);

    @Override
    @Transactional
    public T save(StaffPrincipal who, T record, Collection<Long> sourceIds) {
        return save(who, record, sourceIds, Map.of());
    }

    /**
     * Every type's create-or-update: its rules, then the one audited write ({@link RecordEditService#save}),
     * with its parts kept in other tables in the form they are stored ({@link #canonical}).
     */
    @Override
    @Transactional
    public T save(StaffPrincipal who, T record, Collection<Long> sourceIds, Map<String, Object> parts) {
        FieldProblems.throwFirst(problems(record));
        return editor.save(who, type, record, sourceIds, canonical(parts));
    }

    /** The parts a save was given, in the form they are stored and audited: a type without such parts takes none. */
    protected Map<String, Object> canonical(Map<String, Object> parts) {
        if (!parts.isEmpty()) {
            throw new IllegalArgumentException(type + " has no parts kept apart: " + parts.keySet());
        }
        return parts;
    }
}

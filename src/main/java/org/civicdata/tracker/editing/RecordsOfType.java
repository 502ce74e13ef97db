package org.civicdata.tracker.editing;

import java.util.Optional;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRepository;

/** The part of {@link EditableRecords} that is the same for every type's service. */
public abstract class RecordsOfType<T extends PublishableRecord> implements EditableRecords<T> {

    private final RecordType type;
    private final TrackedRepository<T> repository;
    private final RecordEditor editor;
    private java.time.Clock clock = java.time.Clock.systemUTC();

    protected RecordsOfType(RecordType type, TrackedRepository<T> repository, RecordEditor editor) {
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
    public RecordEditor editor() {
        return editor;
    }

    @Override
    public Optional<T> find(long id) {
        return repository.findById(id);
    }
}

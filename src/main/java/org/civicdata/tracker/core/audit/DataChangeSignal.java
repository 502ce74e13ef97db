package org.civicdata.tracker.core.audit;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.event.listeners.PostPersistEventListener;
import jakarta.inject.Singleton;

/** Every audit entry inserted, whichever path wrote it, announces a {@link DataChanged}. */
@Singleton
class DataChangeSignal implements PostPersistEventListener<AuditEntry> {

    private final ApplicationEventPublisher<DataChanged> events;

    DataChangeSignal(ApplicationEventPublisher<DataChanged> events) {
        this.events = events;
    }

    @Override
    public void postPersist(AuditEntry entry) {
        events.publishEvent(new DataChanged(entry.id() == null ? 0 : entry.id()));
    }
}

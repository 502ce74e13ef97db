package org.civicdata.tracker.audit;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Which version of the data the database holds. Every write goes through {@link RecordWriter} and
 * leaves an audit entry in the same transaction, so the newest entry's id changes exactly when
 * something was written, on this instance or any other sharing the database. Public responses are
 * cached and revalidated against it, so a publish shows at the very next request.
 */
@Singleton
public class DataVersion {

    private final AuditEntryRepository entries;

    DataVersion(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public long current() {
        return entries.findMaxId().orElse(0L);
    }

    /** When anything was last written (for "data last updated" on the public pages). */
    public Optional<Instant> lastChange() {
        return entries.findMaxOccurredAt();
    }
}

package org.civicdata.tracker.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which version of the data the database holds: the newest audit entry's id. Every write goes
 * through {@link RecordWriter} and leaves an audit entry in the same transaction, so the id moves
 * exactly when something was written. Public responses are cached and revalidated against it.
 *
 * <p>It is kept in memory and read again from the database when a write on this instance commits
 * (so a publish shows at the very next request), and otherwise at most every
 * {@code tracker.public.data-version-recheck} (1 s), which is how soon another instance sharing the
 * database sees a write made elsewhere. Revalidating a cached response then costs no query.
 */
@Singleton
public class DataVersion {

    private final AuditEntryRepository entries;
    private final long recheckNanos;
    private volatile boolean stale = true;
    private volatile long version;
    private volatile long readAt;

    DataVersion(AuditEntryRepository entries,
                @Value("${tracker.public.data-version-recheck:1s}") Duration recheck) {
        this.entries = entries;
        this.recheckNanos = recheck.toNanos();
    }

    public long current() {
        long now = System.nanoTime();
        if (stale || now - readAt > recheckNanos) {
            // Cleared before reading: a commit that lands meanwhile sets it again.
            stale = false;
            version = entries.findMaxId().orElse(0L);
            readAt = now;
        }
        return version;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void committed(DataChanged change) {
        stale = true;
    }

    /** When anything was last written (for "data last updated" on the public pages). */
    public Optional<Instant> lastChange() {
        return entries.findMaxOccurredAt();
    }
}

package org.civicdata.tracker.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which version of the data the database holds: how many audit entries it has. Every write goes
 * through {@link RecordWriter} and leaves an audit entry in the same transaction, and the trail is
 * append-only, so the count grows with every commit, whatever order concurrent writes commit in
 * (the newest id would not: a write that took a lower id can commit after one with a higher id).
 * Public responses are cached and revalidated against it.
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
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
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
            // Never backwards: a slow read that started before a commit must not undo a later one.
            version.accumulateAndGet(entries.count(), Math::max);
            readAt = now;
        }
        return version.get();
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

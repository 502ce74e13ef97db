package org.civicdata.tracker.core.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.civicdata.tracker.infra.db.DatabaseHealth;
import org.civicdata.tracker.infra.db.ReplicaReads;

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
 *
 * <p>It never waits on a database that is down: while {@link DatabaseHealth} says so, there is no
 * version to give ({@link #current()} is empty) and the public side serves what it has cached. The
 * time-based re-read is done by one request at a time; the others meanwhile take the version as
 * last read, so a database that stalls holds up one request, not all of them.
 *
 * <p>It is always read from the primary. With a read replica configured, a public response is
 * rendered by {@link #render}: from the replica only if the replica holds this version or a later
 * one, else from the primary ({@link ReplicaReads}), so a body cached under a version's ETag never
 * shows older data, and a publish is never hidden by replication lag: the lag only moves renders to
 * the primary until the replica has caught up.
 */
@Singleton
public class DataVersion {

    /** The version the render running on this thread is for ({@link #rendering}). */
    private static final ThreadLocal<Long> RENDERING = new ThreadLocal<>();

    private final AuditEntryRepository entries;
    private final DatabaseHealth health;
    private final ReplicaReads replica;
    private final long recheckNanos;
    private final AtomicBoolean rereading = new AtomicBoolean();
    private volatile boolean stale = true;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private volatile long readAt;
    private final KeptPerVersion<Optional<Instant>> lastChange = new KeptPerVersion<>();

    DataVersion(
            AuditEntryRepository entries,
            DatabaseHealth health,
            ReplicaReads replica,
            @Value("${tracker.public.data-version-recheck:1s}") Duration recheck) {
        this.entries = entries;
        this.health = health;
        this.replica = replica;
        this.recheckNanos = recheck.toNanos();
    }

    /**
     * The version of the data, or empty when the database is down (known at once, without asking
     * it). A read that meets a database gone meanwhile throws what the driver threw.
     */
    public OptionalLong current() {
        if (!health.isUp()) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        if (stale || readAt == 0) {
            // Cleared before reading: a commit that lands meanwhile sets it again.
            stale = false;
            read(now);
        } else if (now - readAt > recheckNanos && rereading.compareAndSet(false, true)) {
            try {
                read(now);
            } finally {
                rereading.set(false);
            }
        }
        return OptionalLong.of(version.get());
    }

    private void read(long now) {
        try {
            // Never backwards: a slow read that started before a commit must not undo a later one.
            version.accumulateAndGet(entries.count(), Math::max);
            readAt = now;
        } catch (RuntimeException e) {
            stale = true;
            throw e;
        }
    }

    /**
     * Renders what is served under data version {@code version} ({@link #current()}): reads only,
     * from data at least that new (on the read replica when it holds it, else on the primary).
     */
    public <T> T render(long version, Supplier<T> render) {
        Long outer = RENDERING.get();
        // A thread-local: it holds for what render's supplier runs on this thread, which is the whole
        // render because the servlet is synchronous (micronaut.servlet.async-supported: false) and every
        // public render is blocking code returning its bytes. Work handed to another thread would see no
        // version and read uncached (slower, never wrong). DataVersionRenderingTest pins this.
        RENDERING.set(version);
        try {
            return replica.atLeast(version, render);
        } finally {
            if (outer == null) {
                RENDERING.remove();
            } else {
                RENDERING.set(outer);
            }
        }
    }

    /**
     * The data version a {@link #render} running on this thread renders for (what it reads is at least
     * that new), or empty outside one: what a value computed during a render may be kept under.
     */
    public OptionalLong rendering() {
        Long version = RENDERING.get();
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void committed(DataChanged change) {
        stale = true;
    }

    /**
     * When anything was last written (for "data last updated" on the public pages). During a
     * {@link #render} it is read once per data version rendered, not once per page.
     */
    public Optional<Instant> lastChange() {
        OptionalLong rendering = rendering();
        if (rendering.isEmpty()) {
            return entries.findMaxOccurredAt();
        }
        return lastChange.get(rendering.getAsLong(), null, entries::findMaxOccurredAt);
    }
}

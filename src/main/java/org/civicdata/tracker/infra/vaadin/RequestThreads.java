package org.civicdata.tracker.infra.vaadin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tomcat's request threads: {@code steady} threads for requests that finish quickly, plus one for each
 * request that has been running longer than {@code patience} (a render waiting on the database, a
 * stalled database, a slow client taking a big body), up to {@code max}. On 2 cores, 32 busy
 * connections kept 32 threads running with Tomcat's own pool, each request handed from the poller to
 * a parked thread: a 304 cost 35 us of CPU, with 4 to 8 threads that keep finding work queued 23 us
 * (docs/benchmarks.md, issue 12). A small fixed pool would queue every request, however cheap, behind
 * a few that block; here those blocked get their threads replaced within {@code patience} and a few
 * milliseconds. The allowance falls back a step of {@code steady} per second after the last change,
 * and a thread beyond it ends after a second idle.
 */
final class RequestThreads implements Executor {

    private static final long CHECK_MILLIS = 5;
    private static final long CALM_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int steady;
    private final int max;
    private final long patienceNanos;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watch;
    private long changedAt;

    RequestThreads(String name, int steady, int max, Duration patience) {
        this.steady = steady;
        this.max = max;
        this.patienceNanos = patience.toNanos();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(steady, max, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Worker worker = new Worker(runnable, name + "-exec-" + count.incrementAndGet());
            workers.add(worker);
            return worker;
        });
        this.watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-threads");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void execute(Runnable request) {
        pool.execute(() -> {
            if (Thread.currentThread() instanceof Worker worker) {
                worker.since = System.nanoTime();
                try {
                    request.run();
                } finally {
                    worker.since = 0;
                }
            } else {
                request.run();
            }
        });
    }

    /** Threads running now, and the most there may be now (for tests). */
    int size() {
        return pool.getPoolSize();
    }

    int allowed() {
        return pool.getCorePoolSize();
    }

    void shutdown() {
        watch.shutdownNow();
        pool.shutdown();
    }

    private void check() {
        long now = System.nanoTime();
        int slow = 0;
        for (Worker worker : workers) {
            long since = worker.since;
            if (since != 0 && now - since > patienceNanos) {
                slow++;
            }
        }
        int wanted = Math.min(max, steady + slow);
        int allowed = pool.getCorePoolSize();
        if (wanted > allowed) {
            pool.setCorePoolSize(wanted); // starts threads for the requests queued meanwhile
            changedAt = now;
        } else if (wanted < allowed && now - changedAt > CALM_NANOS) {
            pool.setCorePoolSize(Math.max(wanted, allowed - steady)); // the extra threads end when next idle
            changedAt = now;
        }
    }

    /** A request thread, with when the request it runs started (0: none). */
    private final class Worker extends Thread {
        volatile long since;

        Worker(Runnable runnable, String name) {
            super(runnable, name);
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                super.run();
            } finally {
                workers.remove(this);
            }
        }
    }
}

package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RenderOnce}: a key being rendered is rendered once however many ask for it at once, a render
 * that takes long holds up no other key, and a failed render's exception reaches its waiters as thrown.
 */
class RenderOnceTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final RenderOnce<String> renders = new RenderOnce<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void concurrentRequestsForOneKeyShareOneRender() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Future<String> first = pool.submit(() -> renders.get("/j/a", () -> {
            calls.incrementAndGet();
            started.countDown();
            await(release);
            return "page a";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Future<String> second = pool.submit(() -> renders.get("/j/a", () -> {
            calls.incrementAndGet();
            return "rendered again";
        }));
        Thread.sleep(100);
        assertThat(second.isDone()).as("waits for the render running").isFalse();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("page a");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("page a");
        assertThat(calls).hasValue(1);
        // Once done, the next request renders anew (what is kept is the response cache's business).
        assertThat(renders.get("/j/a", () -> "page a, later")).isEqualTo("page a, later");
    }

    @Test
    void aSlowRenderHoldsUpNoOtherKey() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> slow = pool.submit(() -> renders.get("/?state=CA", () -> {
            started.countDown();
            await(release);
            return "slow";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        // Thousands of other keys while it runs (a crawler's walk: the hash table grows many times over).
        Future<Integer> others = pool.submit(() -> {
            int done = 0;
            for (int i = 0; i < 20_000; i++) {
                String key = "/j/" + i;
                done += renders.get(key, () -> key).equals(key) ? 1 : 0;
            }
            return done;
        });
        assertThat(others.get(10, TimeUnit.SECONDS)).isEqualTo(20_000);
        assertThat(slow.isDone()).isFalse();
        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
    }

    @Test
    void aFailedRenderThrowsItsOwnExceptionToEveryWaiter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DatabaseUnavailableException gone = new DatabaseUnavailableException("the database is gone");
        Future<String> first = pool.submit(() -> renders.get("/api/jurisdictions", () -> {
            started.countDown();
            await(release);
            throw gone;
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Future<String> waiter = pool.submit(() -> renders.get("/api/jurisdictions", () -> "not asked"));
        Thread.sleep(100);
        release.countDown();
        for (Future<String> f : java.util.List.of(first, waiter)) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCause(gone);
        }
        // Nothing is left running: the next request renders.
        assertThat(renders.get("/api/jurisdictions", () -> "back")).isEqualTo("back");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

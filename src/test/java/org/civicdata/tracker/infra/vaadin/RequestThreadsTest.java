package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Few request threads while requests finish quickly; one more for each request that blocks. */
class RequestThreadsTest {

    private final RequestThreads threads = new RequestThreads("test", 2, 20, Duration.ofMillis(20));

    @AfterEach
    void stop() {
        threads.shutdown();
    }

    @Test
    void quickRequestsKeepTheSteadyThreads() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2_000);
        for (int i = 0; i < 2_000; i++) {
            threads.execute(done::countDown);
        }
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads.size()).isEqualTo(2);
        assertThat(threads.allowed()).isEqualTo(2);
    }

    @Test
    void requestsThatBlockGetTheirThreadsReplacedSoQuickOnesStillRun() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            threads.execute(() -> {
                blocked.countDown();
                await(release, 10);
            });
        }
        // Five requests wait (a stalled database, say) on two steady threads: the quick one still runs.
        CountDownLatch quick = new CountDownLatch(1);
        long start = System.nanoTime();
        threads.execute(quick::countDown);
        assertThat(quick.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        // The two steady threads, and one for each request running longer than the patience.
        assertThat(eventually(() -> threads.allowed() == 2 + 5)).isTrue();

        // Once they are done, back to the steady threads (a step a second).
        release.countDown();
        assertThat(eventually(() -> threads.allowed() == 2 && threads.size() == 2))
                .isTrue();
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.civicdata.tracker.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value kept under a data version and a key: read once per version and key, never replaced by an older one. */
class KeptPerVersionTest {

    private final KeptPerVersion<String> kept = new KeptPerVersion<>();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsReadOncePerVersionAndKey() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(kept.get(5, day, () -> read("five"))).isEqualTo("five");
        assertThat(kept.get(5, day, () -> read("again"))).isEqualTo("five");
        assertThat(reads).hasValue(1);

        // Another day, or another version, is read again.
        assertThat(kept.get(5, day.plusDays(1), () -> read("next day"))).isEqualTo("next day");
        assertThat(kept.get(6, day.plusDays(1), () -> read("six"))).isEqualTo("six");
        assertThat(kept.get(6, day.plusDays(1), () -> read("again"))).isEqualTo("six");
        assertThat(reads).hasValue(3);
    }

    @Test
    void anOlderVersionsValueIsGivenToItsRenderButNeverReplacesANewerOne() {
        assertThat(kept.get(7, null, () -> read("seven"))).isEqualTo("seven");
        // A slow render that started before the commit of version 7 reads what it reads ...
        assertThat(kept.get(6, null, () -> read("six"))).isEqualTo("six");
        // ... and the renders of version 7 still take the value kept for it.
        assertThat(kept.get(7, null, () -> read("again"))).isEqualTo("seven");
        assertThat(reads).hasValue(2);
    }

    @Test
    void concurrentRendersOfOneVersionReadItOnce() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> kept.get(3, "k", () -> {
                reading.countDown();
                await(release);
                return read("three");
            }));
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> kept.get(3, "k", () -> read("read twice")));
            Future<String> third = pool.submit(() -> kept.get(3, "k", () -> read("read twice")));
            Thread.sleep(200); // the two others are now waiting on the first read (or will find it kept)
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("three");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("three");
            assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo("three");
            assertThat(reads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

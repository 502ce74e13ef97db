package org.civicdata.tracker.core.editing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.civicdata.tracker.core.common.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Presence as two app instances see it: each instance is its own {@link RecordPresence} with its
 * own clock, sharing only the database.
 */
@MicronautTest(transactional = false)
class RecordPresenceTest {

    @Inject
    PresenceRepository repository;

    /** A clock a test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final long record = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    private final Instant start = Instant.parse("2026-03-02T10:42:00Z");
    private final HandClock clockOfA = new HandClock(start);
    private final HandClock clockOfB = new HandClock(start);
    private final String mariasEditor = UUID.randomUUID().toString();
    private final String bensEditor = UUID.randomUUID().toString();

    private RecordPresence instanceA() {
        return new RecordPresence(repository, clockOfA);
    }

    private RecordPresence instanceB() {
        return new RecordPresence(repository, clockOfB);
    }

    @Test
    void someoneWithTheRecordOpenOnOneInstanceIsSeenFromAnotherWithTheTimeTheyOpenedIt() {
        instanceA().here(mariasEditor, RecordType.JURISDICTION, record, "maria");
        clockOfB.advance(Duration.ofMinutes(1));
        instanceB().here(bensEditor, RecordType.JURISDICTION, record, "ben");

        assertThat(instanceB().others(bensEditor, RecordType.JURISDICTION, record))
                .containsExactly(new RecordPresence.Other("maria", start));
        assertThat(instanceA().others(mariasEditor, RecordType.JURISDICTION, record))
                .containsExactly(new RecordPresence.Other("ben", start.plus(Duration.ofMinutes(1))));
        assertThat(instanceA().others(mariasEditor, RecordType.EVENT, record))
                .as("the same id of another record type is another record")
                .isEmpty();
    }

    @Test
    void aHeartbeatKeepsThePresenceAndItsStartTime() {
        instanceA().here(mariasEditor, RecordType.EVENT, record, "maria");
        for (int beat = 0; beat < 5; beat++) {
            clockOfA.advance(RecordPresence.HEARTBEAT);
            clockOfB.advance(RecordPresence.HEARTBEAT);
            instanceA().here(mariasEditor, RecordType.EVENT, record, "maria");
        }
        assertThat(instanceB().others(bensEditor, RecordType.EVENT, record))
                .containsExactly(new RecordPresence.Other("maria", start));
    }

    @Test
    void aBrowserThatWentAwayWithoutSayingSoExpiresOnItsOwn() {
        instanceA().here(mariasEditor, RecordType.EVENT, record, "maria");
        clockOfB.advance(RecordPresence.EXPIRY.minusSeconds(1));
        assertThat(instanceB().others(bensEditor, RecordType.EVENT, record))
                .extracting(RecordPresence.Other::username)
                .containsExactly("maria");

        clockOfB.advance(Duration.ofSeconds(2));
        assertThat(instanceB().others(bensEditor, RecordType.EVENT, record)).isEmpty();

        instanceB().here(bensEditor, RecordType.EVENT, record, "ben");
        assertThat(repository.findById(mariasEditor))
                .as("the next heartbeat anywhere deletes the expired row")
                .isEmpty();
    }

    @Test
    void closingTheEditorRemovesThePresenceAtOnce() {
        instanceA().here(mariasEditor, RecordType.SOURCE, record, "maria");
        instanceA().left(mariasEditor);
        assertThat(instanceB().others(bensEditor, RecordType.SOURCE, record)).isEmpty();
    }

    @Test
    void movingToAnotherRecordLeavesTheFirstAndStartsAfresh() {
        instanceA().here(mariasEditor, RecordType.SOURCE, record, "maria");
        clockOfA.advance(Duration.ofMinutes(1));
        instanceA().here(mariasEditor, RecordType.SOURCE, record + 1, "maria");

        assertThat(instanceB().others(bensEditor, RecordType.SOURCE, record)).isEmpty();
        assertThat(instanceB().others(bensEditor, RecordType.SOURCE, record + 1))
                .containsExactly(new RecordPresence.Other("maria", start.plus(Duration.ofMinutes(1))));
    }

    @Test
    void theSamePersonInTwoWindowsCountsOnceAndSeesTheOtherWindow() {
        String secondWindow = UUID.randomUUID().toString();
        instanceA().here(mariasEditor, RecordType.PERSON, record, "maria");
        clockOfB.advance(Duration.ofMinutes(1));
        instanceB().here(secondWindow, RecordType.PERSON, record, "maria");
        instanceB().here(bensEditor, RecordType.PERSON, record, "ben");

        assertThat(instanceB().others(bensEditor, RecordType.PERSON, record))
                .containsExactly(new RecordPresence.Other("maria", start));
        assertThat(instanceB().others(secondWindow, RecordType.PERSON, record))
                .extracting(RecordPresence.Other::username)
                .containsExactly("maria", "ben");
    }
}

package org.civicdata.tracker.edge.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the release tests move from day to day: releases are one a day and the test database is
 * shared and kept, so each test makes its releases on days after any release already stored.
 */
public final class ReleaseDays extends Clock {

    private volatile Instant now = Instant.now();

    /** Moves to noon (UTC) of the first day after today and after every stored release; returns it. */
    public LocalDate nextFreeDay(DataReleaseRepository stored) {
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        LocalDate last = stored.listOrderByReleaseDateDesc().stream()
                .findFirst()
                .map(DataRelease::getReleaseDate)
                .filter(d -> d.isAfter(today))
                .orElse(today);
        LocalDate day = last.plusDays(1);
        now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return day;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

package org.civicdata.tracker.edge.release;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the day's release on a schedule (tracker.releases.cron, UTC; default 00:10 every day), unless
 * the data has not changed since the last one; off with tracker.releases.scheduled=false. With several
 * instances each tries; the release's date is unique, so one makes it and the others say so.
 */
@Singleton
@Requires(property = "tracker.releases.scheduled", value = "true", defaultValue = "true")
class ReleaseSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseSchedule.class);

    private final Releases releases;

    ReleaseSchedule(Releases releases) {
        this.releases = releases;
    }

    @Scheduled(cron = "${tracker.releases.cron:0 10 0 * * *}", zoneId = "UTC")
    void daily() {
        try {
            LOG.info(releases.makeIfChanged());
        } catch (InvalidInputException e) {
            LOG.info("No release made: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("The scheduled release failed; the next run tries again", e);
        }
    }
}

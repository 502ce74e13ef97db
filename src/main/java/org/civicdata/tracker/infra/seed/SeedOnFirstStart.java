package org.civicdata.tracker.infra.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.civicdata.tracker.infra.db.DatabaseIdentityCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of a database that was never seeded and holds no records, load the bundled
 * seeds (tracker.seed.on-empty). Once only in a database's life: a database emptied by staff later is
 * not seeded again, and one that lost its files never gets this far ({@link DatabaseIdentityCheck}).
 */
@Singleton
@Requires(property = "tracker.seed.on-empty", value = "true", defaultValue = "true")
class SeedOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(SeedOnFirstStart.class);

    private final SeedLoader loader;
    private final DatabaseIdentityCheck identity;

    SeedOnFirstStart(SeedLoader loader, DatabaseIdentityCheck identity) {
        this.loader = loader;
        this.identity = identity;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (identity.neverSeeded() && loader.databaseIsEmpty()) {
            LOG.info("Empty database: loading the bundled seeds");
            LOG.info("{}", loader.load(SeedFiles.bundled()));
            identity.markSeeded();
        }
    }
}

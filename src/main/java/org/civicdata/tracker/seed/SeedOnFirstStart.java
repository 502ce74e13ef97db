package org.civicdata.tracker.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On the first start of an empty database, load the bundled seeds (tracker.seed.on-empty). */
@Singleton
@Requires(property = "tracker.seed.on-empty", value = "true", defaultValue = "true")
class SeedOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(SeedOnFirstStart.class);

    private final SeedLoader loader;

    SeedOnFirstStart(SeedLoader loader) {
        this.loader = loader;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (loader.databaseIsEmpty()) {
            LOG.info("Empty database: loading the bundled seeds");
            LOG.info("{}", loader.load(SeedFiles.bundled()));
        }
    }
}

package org.civicdata.tracker;

import org.civicdata.tracker.infra.seed.SeedFiles;
import org.civicdata.tracker.infra.seed.SeedLoader;

/** Tests share one database per run; the bundled seeds are loaded into it once (the load is idempotent). */
public final class TestSeeds {

    private static boolean loaded;

    private TestSeeds() {}

    public static synchronized void ensureLoaded(SeedLoader loader) {
        if (!loaded) {
            loader.load(SeedFiles.bundled());
            loaded = true;
        }
    }
}

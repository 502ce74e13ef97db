package org.civicdata.tracker;

import io.micronaut.runtime.Micronaut;
import org.civicdata.tracker.seed.SeedCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the tracker: the public site at {@code /}, the read-only API at {@code /api}, the staff UI
 * at {@code /admin}, all on one port. {@code --seed} loads {@code seeds/} into the database and exits.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (SeedCommand.isRequested(args)) {
            System.exit(SeedCommand.run(args));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}

package org.civicdata.tracker;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import org.civicdata.tracker.infra.backup.BackupCommand;
import org.civicdata.tracker.infra.seed.SeedCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the tracker: the public site at {@code /}, the read-only API at {@code /api}, the staff UI
 * at {@code /admin}, all on one port. {@code --seed} loads {@code seeds/} into the database and exits;
 * {@code --backup=FILE} and {@code --restore=FILE} back the database up and restore it.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Jurisdiction policy tracker: public API",
                        version = "1",
                        description =
                                "Read-only open data on US jurisdictions' sanctuary policies, DOJ letters, federal funding threats "
                                        + "and court rulings, and officials' statements; every value with its sources. Only published records. "
                                        + "Every response has an ETag; send If-None-Match to get 304 when nothing changed. Field meanings: /codebook.",
                        license = @License(name = "CC-BY-4.0", url = "https://creativecommons.org/licenses/by/4.0/")),
        servers = @Server(url = "/", description = "The server this document was fetched from"))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (BackupCommand.isRequested(args)) {
            System.exit(BackupCommand.run(args));
        }
        if (SeedCommand.isRequested(args)) {
            System.exit(SeedCommand.run(args));
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}

package org.civicdata.tracker.infra.db;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before any bean exists, which database the app uses: the external MySQL/MariaDB named by
 * {@code DATASOURCES_DEFAULT_URL} (or the {@code datasources.default.url} system property), or else
 * the embedded MariaDB, which it starts here and points the default datasource at.
 *
 * <p>Runs for every application context, the app's and each test's (Micronaut loads context
 * configurers as services).
 */
@ContextConfigurer
public final class DatabaseConfigurer implements ApplicationContextConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfigurer.class);
    private static boolean databasePrepared;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        String externalUrl = DatabaseSettings.externalUrl().orElse(null);
        if (externalUrl != null) {
            LOG.info("Using the external database at {}", withoutCredentials(externalUrl));
            builder.properties(
                    Map.of("tracker.database.where", "the external database " + withoutCredentials(externalUrl)));
            return;
        }
        Path dir = DatabaseSettings.embeddedDir();
        String database = DatabaseSettings.embeddedDatabase();
        boolean recreate = DatabaseSettings.recreateEmbedded();
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(dir);
        // Next to the data folder, so that losing the data folder leaves it behind (DatabaseIdentityCheck).
        Path marker = DatabaseSettings.embeddedMarker(dir, database);
        prepareOnce(db, database, recreate, marker);
        LOG.info("Using the embedded MariaDB, database '{}', data in {}", database, db.dataDir());
        builder.properties(Map.of(
                "tracker.database.marker",
                marker.toAbsolutePath().toString(),
                "tracker.database.where",
                "the embedded MariaDB's database '" + database + "' with data in " + db.dataDir(),
                "datasources.default.url",
                db.jdbcUrl(database),
                "datasources.default.username",
                "root",
                "datasources.default.password",
                "",
                "datasources.default.driver-class-name",
                "com.mysql.cj.jdbc.Driver",
                "datasources.default.dialect",
                "MYSQL",
                "tracker.database.embedded",
                true));
    }

    /** Recreating (tests) happens once per JVM, not once per test class; it starts afresh, marker included. */
    private static synchronized void prepareOnce(EmbeddedDatabase db, String database, boolean recreate, Path marker) {
        if (recreate && !databasePrepared) {
            try {
                java.nio.file.Files.deleteIfExists(marker);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(
                        "Cannot delete " + marker + " to recreate the database: " + e.getMessage(), e);
            }
        }
        db.ensureDatabase(database, recreate && !databasePrepared);
        databasePrepared = true;
    }

    private static String withoutCredentials(String url) {
        return DatabaseSettings.withoutCredentials(url);
    }
}

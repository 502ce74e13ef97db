package org.civicdata.tracker.infra.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which database the app is configured for, read the one way for the app ({@link DatabaseConfigurer})
 * and its commands ({@code --backup}, {@code --restore}): each setting from its system property, or
 * else its environment variable, or else its default.
 */
public final class DatabaseSettings {

    private DatabaseSettings() {}

    /** The external database's JDBC URL ({@code DATASOURCES_DEFAULT_URL}), when one is configured. */
    public static Optional<String> externalUrl() {
        return Optional.ofNullable(setting("DATASOURCES_DEFAULT_URL", "datasources.default.url", null))
                .filter(u -> !u.isBlank());
    }

    public static Optional<String> externalUsername() {
        return Optional.ofNullable(setting("DATASOURCES_DEFAULT_USERNAME", "datasources.default.username", null));
    }

    public static Optional<String> externalPassword() {
        return Optional.ofNullable(setting("DATASOURCES_DEFAULT_PASSWORD", "datasources.default.password", null));
    }

    /** Where the embedded MariaDB keeps its binaries ({@code base}) and data ({@code data}). */
    public static Path embeddedDir() {
        return Path.of(setting("TRACKER_EMBEDDED_DB_DIR", "tracker.embedded-db.dir", "data/mariadb"));
    }

    /** The database's name inside the embedded server. */
    public static String embeddedDatabase() {
        return setting("TRACKER_EMBEDDED_DB_DATABASE", "tracker.embedded-db.database", "tracker");
    }

    static boolean recreateEmbedded() {
        return Boolean.parseBoolean(setting("TRACKER_EMBEDDED_DB_RECREATE", "tracker.embedded-db.recreate", "false"));
    }

    /** The marker file of the embedded database: next to its data folder unless set otherwise. */
    static Path embeddedMarker(Path dir, String database) {
        return Path.of(setting(
                "TRACKER_DATABASE_MARKER",
                "tracker.database.marker",
                dir.resolve(database + ".initialised").toString()));
    }

    /** A JDBC URL fit for a log line: any password in it masked. */
    public static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null ? fallback : value;
    }
}

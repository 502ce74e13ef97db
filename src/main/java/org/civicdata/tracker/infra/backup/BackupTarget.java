package org.civicdata.tracker.infra.backup;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicdata.tracker.infra.db.DatabaseSettings;
import org.civicdata.tracker.infra.db.EmbeddedDatabase;

/**
 * The database a backup is taken from or restored into, as the app is configured: the external
 * database of {@code DATASOURCES_DEFAULT_URL}, or else the embedded one. For the embedded one, a
 * server already running on its data folder (the app's, while it runs) is used as it is; otherwise
 * one is started for the command and stopped when it is closed.
 *
 * <p>The commands run without the app's context (no Flyway, no repositories: a restore needs an
 * empty database, which a started app would not leave), so the few catalogue queries they need, and
 * the connection a backup's SQL runs on ({@link BackupScript}), are here, over plain JDBC.
 *
 * @param where       for messages: which database, where
 * @param toolsDir    the folder of the embedded database's binaries and data, whose mariadb-dump is
 *                    used; for an external one, where it is unpacked
 * @param startedHere the embedded server this command started (stopped by {@link #close}), or null
 */
record BackupTarget(
        String host,
        int port,
        String database,
        String user,
        String password,
        String where,
        Path toolsDir,
        String jdbcUrl,
        @Nullable EmbeddedDatabase startedHere)
        implements AutoCloseable {

    private static final Pattern URL =
            Pattern.compile("jdbc:(?:mysql|mariadb)://(\\[[^\\]]+\\]|[^:/?,\\[]+)(?::(\\d+))?/([^?/]+)(?:\\?(.*))?");

    /**
     * The configured database. {@code forRestore}: an embedded data folder that does not exist yet is
     * created (with an empty database), as the app's first start would.
     */
    static BackupTarget configured(boolean forRestore) throws BackupException {
        Optional<String> external = DatabaseSettings.externalUrl();
        if (external.isPresent()) {
            return external(
                    external.get(),
                    DatabaseSettings.externalUsername().orElse(null),
                    DatabaseSettings.externalPassword().orElse(null));
        }
        return embedded(DatabaseSettings.embeddedDir(), DatabaseSettings.embeddedDatabase(), forRestore);
    }

    static BackupTarget external(String url, String user, String password) throws BackupException {
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) {
            throw new BackupException(
                    "DATASOURCES_DEFAULT_URL (" + DatabaseSettings.withoutCredentials(url) + ") is not of the "
                            + "form jdbc:mysql://HOST[:PORT]/DATABASE[?...], which backup and restore need. Nothing was changed.");
        }
        String host =
                m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        String params = m.group(4) == null ? "" : m.group(4);
        String u = user != null ? user : parameter(params, "user").orElse(null);
        String p = password != null ? password : parameter(params, "password").orElse(null);
        if (u == null) {
            throw new BackupException("No user name for the external database: set DATASOURCES_DEFAULT_USERNAME (and "
                    + "DATASOURCES_DEFAULT_PASSWORD) as for the app. Nothing was changed.");
        }
        return new BackupTarget(
                host,
                port,
                m.group(3),
                u,
                p == null ? "" : p,
                "the external database '" + m.group(3) + "' at " + host + ":" + port,
                DatabaseSettings.embeddedDir(),
                url.trim(),
                null);
    }

    static BackupTarget embedded(Path dir, String database, boolean forRestore) throws BackupException {
        Path absolute = dir.toAbsolutePath().normalize();
        Path dataDir = absolute.resolve("data");
        String where = "the embedded MariaDB's database '" + database + "' with data in " + dataDir;
        Optional<Integer> running = EmbeddedDatabase.portOfServerRunningOn(absolute);
        EmbeddedDatabase started = null;
        int port;
        if (running.isPresent()) {
            port = running.get();
        } else {
            if (!forRestore && !hasFiles(dataDir)) {
                throw new BackupException(
                        "There is no embedded database in " + dataDir + " to back up (TRACKER_EMBEDDED_DB_DIR is " + dir
                                + "). Run the command where the app runs, with the same settings.");
            }
            if (EmbeddedDatabase.anyServerProcessOn(absolute)) {
                // Starting a server here would stop that one (it looks left behind by a killed run).
                throw new BackupException(
                        "A MariaDB server is running on " + dataDir + " (its pid file names a live process), "
                                + "but its port could not be read. Stop the app and try again. Nothing was changed.");
            }
            try {
                started = EmbeddedDatabase.startSeparate(absolute, 0);
            } catch (IllegalStateException e) {
                throw new BackupException(e.getMessage() + " Nothing was changed.", e);
            }
            port = started.port();
        }
        if (forRestore) {
            try {
                EmbeddedDatabase.ensureDatabase(port, database, false);
            } catch (RuntimeException e) {
                if (started != null) {
                    started.stopServer();
                }
                throw new BackupException(e.getMessage() + ". Nothing was changed.", e);
            }
        }
        return new BackupTarget(
                "127.0.0.1",
                port,
                database,
                "root",
                "",
                where,
                absolute,
                EmbeddedDatabase.jdbcUrl(port, database),
                started);
    }

    /** The tables (and views) in the database, by name. */
    List<String> tables() throws BackupException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                                + "ORDER BY table_name")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw cannotReach(e);
        }
    }

    /** The newest migration applied, by Flyway's history; refuses a database that holds no tracker schema. */
    String schemaVersion() throws BackupException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                                + "ORDER BY installed_rank DESC LIMIT 1")) {
            if (rs.next()) {
                return rs.getString(1);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != 1146) { // ER_NO_SUCH_TABLE
                throw cannotReach(e);
            }
        }
        throw new BackupException(where + " holds no tracker schema (no migrations recorded in flyway_schema_history): "
                + "is it the app's database? Nothing was written.");
    }

    /** Runs a backup's SQL, checked against its checksum first, in one connection ({@link BackupScript}). */
    void runScript(Path file) throws BackupException {
        BackupScript.run(file, this::connect, where);
    }

    /** Drops every table: after a failed restore into what was an empty database, it is empty again. */
    void dropAllTables() throws BackupException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            List<String[]> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, table_type FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : found) {
                s.execute(("VIEW".equals(t[1]) ? "DROP VIEW `" : "DROP TABLE `") + t[0].replace("`", "``") + "`");
            }
        } catch (SQLException e) {
            throw new BackupException(
                    "The restore failed and emptying " + where + " again failed too (" + e.getMessage()
                            + "): drop and recreate the database before trying again.",
                    e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private BackupException cannotReach(SQLException e) {
        return new BackupException("Cannot use " + where + ": " + e.getMessage() + ". Nothing was changed.", e);
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> parameter(String params, String name) {
        for (String pair : params.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return Optional.of(
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** Which database, where: never the password. */
    @Override
    public String toString() {
        return where;
    }

    /** Stops the embedded server if this command started it. */
    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.stopServer();
        }
    }
}

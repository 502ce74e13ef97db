package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicdata.tracker.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as an operator runs it: a separate JVM started with {@code Application.main},
 * in its own working directory, configured only by environment variables.
 */
@Slow
class AppProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void withAnExternalDatabaseConfiguredItStartsNoServerOfItsOwn() throws Exception {
        // The test JVM's embedded MariaDB plays the external server for the child process.
        EmbeddedDatabase external = EmbeddedDatabase.running()
                .orElseGet(() -> EmbeddedDatabase.startOnce(Path.of(System.getProperty("tracker.embedded-db.dir"))));
        external.ensureDatabase("tracker_external", true);
        int port = freePort();

        app = start(Map.of(
                "DATASOURCES_DEFAULT_URL",
                external.jdbcUrl("tracker_external"),
                "DATASOURCES_DEFAULT_USERNAME",
                "root",
                "DATASOURCES_DEFAULT_PASSWORD",
                "",
                "PORT",
                "" + port,
                "ADMIN_USERNAME",
                "ops-lead",
                "ADMIN_PASSWORD",
                "from the environment 42"));
        awaitStarted(port);

        assertThat(get(port, "/api/jurisdictions")).contains("\"slug\":\"chicago-il\"");
        assertThat(log())
                .contains("Using the external database at jdbc:mysql://127.0.0.1:" + external.port())
                .doesNotContain("Embedded MariaDB started")
                .contains("Created the first admin account 'ops-lead' from ADMIN_USERNAME/ADMIN_PASSWORD")
                .doesNotContain("from the environment 42")
                .doesNotContain("one-time password");
        assertThat(workDir.resolve("data")).doesNotExist();
    }

    @Test
    void aServerLeftRunningByAKilledRunIsStoppedAndTheDataIsKept() throws Exception {
        int port = freePort();
        app = start(Map.of("PORT", "" + port));
        awaitStarted(port);
        String before = get(port, "/api/jurisdictions");
        assertThat(before).contains("\"slug\":\"washington-dc\"");
        long orphan = mariadbPid().orElseThrow();

        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(orphan))
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        app = start(Map.of("PORT", "" + port));
        awaitStarted(port);
        assertThat(get(port, "/api/jurisdictions")).isEqualTo(before);
        assertThat(log()).contains("left running by an earlier run");
        assertThat(log().split("Empty database: loading the bundled seeds", -1))
                .as("the second run found the first run's data and did not seed again")
                .hasSize(2);
        assertThat(log().split("Created the first admin account 'admin' with the one-time password", -1))
                .as("the one-time admin password is printed once, at the first start only")
                .hasSize(2);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));

        long server = mariadbPid().orElseThrow();
        app.destroy(); // SIGTERM: a clean stop takes the database server down with it
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    private Process start(Map<String, String> env) throws IOException {
        // As in production, the working directory (and so the data) is not under java.io.tmpdir.
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        return AppProcess.start(workDir, tmp, List.of(), env);
    }

    private void awaitStarted(int port) throws Exception {
        AppProcess.awaitStarted(app, workDir, port, START_TIMEOUT);
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        return AppProcess.get(port, path);
    }

    private Optional<Long> mariadbPid() throws IOException {
        Path dataDir = workDir.resolve("data/mariadb/data");
        try (Stream<Path> files = Files.list(dataDir)) {
            Optional<Path> pidFile =
                    files.filter(f -> f.toString().endsWith(".pid")).findFirst();
            return pidFile.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(Files.readString(pidFile.get()).trim()));
        }
    }

    private String log() {
        return AppProcess.log(workDir);
    }

    private static int freePort() throws IOException {
        return AppProcess.freePort();
    }
}

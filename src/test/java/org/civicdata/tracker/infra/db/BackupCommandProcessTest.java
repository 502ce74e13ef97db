package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicdata.tracker.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup commands as an operator runs them, each as its own process, on the embedded database:
 * a backup while the app runs (through the app's own server, which keeps serving), a restore refused
 * while the app's database has data; then the data folder is lost, restored from the backup by the
 * command (which starts the server itself), backed up again to the same bytes, and the app starts on
 * it, marker file untouched, with the same public data.
 */
@Slow
class BackupCommandProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path workDir;

    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void backUpWhileRunningLoseTheFilesRestoreAndStartAgain() throws Exception {
        int port = AppProcess.freePort();
        app = AppProcess.start(workDir, workDir, List.of(), env(port));
        AppProcess.awaitStarted(app, workDir, port, START_TIMEOUT);
        String before = AppProcess.get(port, "/api/jurisdictions");
        assertThat(before).contains("\"slug\":\"washington-dc\"");

        Path backup = workDir.resolve("backups/tracker.sql");
        Files.createDirectories(backup.getParent());
        Command backedUp = command("--backup=backups/tracker.sql");
        assertThat(backedUp.exit).as(backedUp.output).isZero();
        assertThat(backedUp.output)
                .contains("Backed up the embedded MariaDB's database 'tracker'")
                .doesNotContain("Embedded MariaDB started");
        assertThat(Files.readString(backup)).startsWith("-- policy-tracker backup, format 1\n");
        assertThat(AppProcess.get(port, "/api/jurisdictions"))
                .as("the app kept its database")
                .isEqualTo(before);

        Command seed = command("--seed");
        assertThat(seed.exit).as(seed.output).isEqualTo(1);
        assertThat(seed.output)
                .as("a second start on the app's data folder would stop the app's database")
                .contains("is in use by the app running as process " + app.pid())
                .doesNotContain("\tat ");
        assertThat(AppProcess.get(port, "/api/jurisdictions"))
                .as("the app kept its database")
                .isEqualTo(before);

        Command refused = command("--restore=backups/tracker.sql");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.output)
                .contains("Restore failed: the embedded MariaDB's database 'tracker'")
                .contains("is not empty")
                .contains("nothing was changed");

        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path marker = workDir.resolve("data/mariadb/tracker.initialised");
        String markerBefore = Files.readString(marker);
        deleteTree(workDir.resolve("data/mariadb/data"));

        Command restored = command("--restore=backups/tracker.sql");
        assertThat(restored.exit).as(restored.output).isZero();
        assertThat(restored.output)
                .contains("Restored backups/tracker.sql (schema version " + latestMigration()
                        + ") into the embedded MariaDB's database 'tracker'");

        Command again = command("--backup=backups/again.sql");
        assertThat(again.exit).as(again.output).isZero();
        assertThat(again.output)
                .as("with the app stopped, the command starts the server itself")
                .contains("Embedded MariaDB started");
        assertThat(Files.mismatch(backup, workDir.resolve("backups/again.sql")))
                .as("the same bytes")
                .isEqualTo(-1L);

        int logBefore = AppProcess.log(workDir).length();
        app = AppProcess.start(workDir, workDir, List.of(), env(port));
        AppProcess.awaitStarted(app, workDir, port, START_TIMEOUT);
        assertThat(AppProcess.get(port, "/api/jurisdictions")).isEqualTo(before);
        assertThat(AppProcess.log(workDir).substring(logBefore))
                .doesNotContain("loading the bundled seeds")
                .doesNotContain("a different database than at the last start");
        assertThat(Files.readString(marker))
                .as("the marker names the restored database, as before")
                .isEqualTo(markerBefore);
    }

    private record Command(int exit, String output) {}

    /** Runs the app's jar entry point with {@code arg}, in the app's working directory and settings, and waits for it. */
    private Command command(String arg) throws Exception {
        int logBefore = AppProcess.log(workDir).length();
        Process p = AppProcess.start(workDir, workDir, List.of(arg), env(AppProcess.freePort()));
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finishes", arg).isTrue();
        return new Command(p.exitValue(), AppProcess.log(workDir).substring(logBefore));
    }

    private static Map<String, String> env(int port) {
        return Map.of("PORT", "" + port, "TRACKER_SECURITY_BCRYPT_COST", "4");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The newest migration in db/migration: the schema version a backup of a fresh app carries. */
    private static int latestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
    }
}

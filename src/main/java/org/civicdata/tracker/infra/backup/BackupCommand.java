package org.civicdata.tracker.infra.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar policy-tracker.jar --backup=FILE} writes a full backup of the configured database
 * (embedded or external) to FILE and exits; {@code --restore=FILE} restores one into the configured
 * database, which must be empty. Exit code 0 on success, 1 when refused or failed (the reason
 * printed; a refused restore changed nothing, a failed one was undone).
 */
public final class BackupCommand {

    private static final String BACKUP = "--backup";
    private static final String RESTORE = "--restore";

    private BackupCommand() {}

    public static boolean isRequested(String[] args) {
        return !flags(args).isEmpty();
    }

    public static int run(String[] args) {
        List<String> flags = flags(args);
        if (flags.size() != 1 || !flags.get(0).contains("=") || flags.get(0).endsWith("=")) {
            System.err.println(
                    "Usage: java -jar policy-tracker.jar --backup=FILE   (a full backup of the configured database)\n"
                            + "   or: java -jar policy-tracker.jar --restore=FILE  (into the configured database, which must be empty)");
            return 1;
        }
        String flag = flags.get(0);
        Path file = Path.of(flag.substring(flag.indexOf('=') + 1));
        boolean restore = flag.startsWith(RESTORE);
        try (BackupTarget target = BackupTarget.configured(restore)) {
            Backups.Done done = restore ? Backups.restore(target, file) : Backups.backup(target, file);
            System.out.println(done.summary());
            return 0;
        } catch (BackupException e) {
            System.err.println((restore ? "Restore" : "Backup") + " failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println((restore ? "Restore" : "Backup") + " failed unexpectedly: " + e);
            return 1;
        }
    }

    private static List<String> flags(String[] args) {
        return Arrays.stream(args)
                .filter(a -> a.equals(BACKUP)
                        || a.startsWith(BACKUP + "=")
                        || a.equals(RESTORE)
                        || a.startsWith(RESTORE + "="))
                .toList();
    }
}

package org.civicdata.tracker.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line: what asks for a backup or restore, and what is refused before any database is touched. */
class BackupCommandTest {

    @Test
    void recognisesItsFlagsOnly() {
        assertThat(BackupCommand.isRequested(new String[] {"--backup=x.sql"})).isTrue();
        assertThat(BackupCommand.isRequested(new String[] {"--restore=x.sql"})).isTrue();
        assertThat(BackupCommand.isRequested(new String[] {"--seed"})).isFalse();
        assertThat(BackupCommand.isRequested(new String[] {"--backups=x"})).isFalse();
    }

    @Test
    void aFlagWithoutAFileOrBothFlagsPrintUsage() {
        for (String[] args : new String[][] {{"--backup"}, {"--restore="}, {"--backup=a.sql", "--restore=b.sql"}}) {
            PrintStream err = System.err;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                assertThat(BackupCommand.run(args)).isEqualTo(1);
            } finally {
                System.setErr(err);
            }
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar policy-tracker.jar --backup=FILE");
        }
    }
}

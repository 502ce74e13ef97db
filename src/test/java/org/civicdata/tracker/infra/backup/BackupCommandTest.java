package org.civicdata.tracker.infra.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Usage: java -jar policy-tracker.jar --backup=FILE");
        }
    }

    @Test
    void settingsThatNameNoUsableDatabaseAreRefusedWithTheReason(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> BackupTarget.embedded(dir.resolve("nothing-here"), "tracker", false))
                .hasMessageContaining(
                        "There is no embedded database in " + dir.resolve("nothing-here/data") + " to back up");
        assertThatThrownBy(() -> BackupTarget.external("jdbc:postgresql://db.example/tracker", "u", "p"))
                .hasMessageContaining("is not of the form jdbc:mysql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> BackupTarget.external("jdbc:mysql://db.example/tracker", null, null))
                .hasMessageContaining("set DATASOURCES_DEFAULT_USERNAME");
        try (BackupTarget t = BackupTarget.external(
                "jdbc:mysql://[::1]:3307/tracker?user=bk&password=s%26cret&useSSL=false", null, null)) {
            assertThat(t.host()).isEqualTo("::1");
            assertThat(t.port()).isEqualTo(3307);
            assertThat(t.database()).isEqualTo("tracker");
            assertThat(t.user()).isEqualTo("bk");
            assertThat(t.password()).isEqualTo("s&cret");
        }
    }
}

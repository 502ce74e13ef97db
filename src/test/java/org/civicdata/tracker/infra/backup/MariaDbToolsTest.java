package org.civicdata.tracker.infra.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no embedded binaries unpacked (an external database), mariadb-dump is unpacked alone from the jar and runs. */
class MariaDbToolsTest {

    @TempDir
    Path dir;

    @Test
    void unpacksMariadbDumpAloneWhenTheEmbeddedBinariesAreNotThere() throws Exception {
        Path dump = MariaDbTools.program(dir, MariaDbTools.DUMP);
        assertThat(dump)
                .isEqualTo(dir.toAbsolutePath().normalize().resolve("client/mariadb-dump"))
                .isExecutable();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("client");
        }
        Process p = new ProcessBuilder(dump.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(said).contains("Distrib 10.11.5-MariaDB");
        assertThat(MariaDbTools.program(dir, MariaDbTools.DUMP))
                .as("unpacked once")
                .isEqualTo(dump);
    }
}

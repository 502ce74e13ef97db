package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.civicdata.tracker.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test helper that pauses, kills and restarts a real server does what it says. */
@Slow
class StandaloneMariaDbTest {

    @TempDir
    Path dir;

    @Test
    void pausesResumesKillsAndComesBackWithItsData() throws Exception {
        try (StandaloneMariaDb db = StandaloneMariaDb.start(dir.resolve("db"))) {
            db.createDatabase("t");
            try (Connection c = db.connect("t");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v INT)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
            int port = db.port();

            db.pause();
            CompletableFuture<Integer> whilePaused = CompletableFuture.supplyAsync(() -> readKept(db));
            assertThatThrownBy(() -> whilePaused.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            db.resume();
            assertThat(whilePaused.get(30, TimeUnit.SECONDS)).isEqualTo(42);

            db.kill();
            assertThatThrownBy(() -> db.connect("t")).isInstanceOf(SQLException.class);

            db.restart();
            assertThat(db.port()).isEqualTo(port);
            assertThat(readKept(db)).isEqualTo(42);
        }
        assertThat(Files.isDirectory(dir.resolve("db").resolve("data"))).isTrue();
    }

    private static int readKept(StandaloneMariaDb db) {
        try (Connection c = db.connect("t");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

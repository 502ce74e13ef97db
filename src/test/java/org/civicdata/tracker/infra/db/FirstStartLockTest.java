package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An instance starting while another holds the first-start lock waits for it as long as
 * {@code tracker.database.first-start-wait} allows, not only as long as the driver's read timeout
 * ({@code socketTimeout}, lowered here to 1 s so the test is short): the wait is one statement.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "tracker.database.socket-timeout", value = "1000")
class FirstStartLockTest {

    @Inject
    DataSource dataSource;

    @Test
    void waitsForAnotherInstanceLongerThanTheDriversReadTimeout() throws Exception {
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection other = pool.getConnection()) {
            int readTimeout = other.getNetworkTimeout();
            assertThat(readTimeout).isEqualTo(1000);
            assertThat(lock(other, "GET_LOCK(?, 1)"))
                    .as("the other instance takes the lock")
                    .isEqualTo(1);
            long holdMillis = readTimeout + 1500;
            CompletableFuture<Integer> released = CompletableFuture.supplyAsync(
                    () -> lock(other, "RELEASE_LOCK(?)"),
                    CompletableFuture.delayedExecutor(holdMillis, TimeUnit.MILLISECONDS));

            long started = System.nanoTime();
            FirstStartLock lock = new FirstStartLock(dataSource, Duration.ofSeconds(30));
            long waited = (System.nanoTime() - started) / 1_000_000;
            try {
                assertThat(released.get(5, TimeUnit.SECONDS)).isEqualTo(1);
                assertThat(waited).as("waited for the other instance").isGreaterThanOrEqualTo(holdMillis - 100);
            } finally {
                lock.release();
            }
        }
        try (Connection again = pool.getConnection()) {
            assertThat(again.getNetworkTimeout())
                    .as("pooled connections keep the driver's read timeout")
                    .isEqualTo(1000);
        }
    }

    private static int lock(Connection connection, String call) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + call)) {
            statement.setString(1, FirstStartLock.NAME);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

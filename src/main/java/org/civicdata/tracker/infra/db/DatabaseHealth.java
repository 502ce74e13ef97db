package org.civicdata.tracker.infra.db;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers, known at once without asking it: a thread of its own pings it every
 * {@code tracker.database.health-interval} (500 ms) over a connection of its own (not one of the
 * pool's, so a busy pool is not mistaken for a dead database), waiting at most
 * {@code tracker.database.health-timeout} (1 s) for the answer. The database counts as down from the
 * first check that fails, or when no check has succeeded for a while (a check stuck on a stalled
 * server), so {@link #isUp()} turns false within about 1.5 s of the database stopping or
 * stalling, and true again at the first check that succeeds after it is back.
 *
 * <p>It checks the primary (a read replica: {@link ReplicaReads}). The outage is logged once, as a WARN when it starts and an INFO when it ends; requests that
 * meet it log nothing more.
 */
@Context
public class DatabaseHealth {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    /** What /health says about the database. */
    public record Status(boolean up, Instant checkedAt, Instant downSince) {}

    private final DataSource dataSource;
    private final long intervalMillis;
    private final int timeoutSeconds;
    private final long staleAfterNanos;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    /** Used by the checker thread only. */
    private Connection connection;
    /** The app only starts once its migrations ran, so the database answered just now. */
    private volatile long lastSuccess = System.nanoTime();

    private volatile boolean failing;
    private volatile Instant checkedAt = Instant.now();
    private volatile Instant downSince;

    DatabaseHealth(
            DataSource dataSource,
            @Value("${tracker.database.health-interval:500ms}") Duration interval,
            @Value("${tracker.database.health-timeout:1s}") Duration timeout) {
        this.dataSource = dataSource;
        this.intervalMillis = interval.toMillis();
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
        this.staleAfterNanos = interval.toNanos() + 2 * TimeUnit.SECONDS.toNanos(timeoutSeconds);
    }

    @PostConstruct
    void start() {
        checker.scheduleWithFixedDelay(this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
        try {
            checker.awaitTermination(2 * timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException ignored) {
                // stopping anyway
            }
            connection = null;
        }
    }

    /** Whether the database answered the last check, recently enough. Never waits. */
    public boolean isUp() {
        return !failing && System.nanoTime() - lastSuccess < staleAfterNanos;
    }

    /** Fails at once with {@link DatabaseUnavailableException} when the database is known to be down. */
    public void requireUp() {
        if (!isUp()) {
            throw new DatabaseUnavailableException("The database is unavailable");
        }
    }

    public Status status() {
        return new Status(isUp(), checkedAt, downSince);
    }

    private void check() {
        try {
            if (connection == null) {
                connection = connect();
            }
            if (!connection.isValid(timeoutSeconds)) {
                throw new SQLException("the check got no answer");
            }
            lastSuccess = System.nanoTime();
            failing = false;
            if (downSince != null) {
                LOG.info(
                        "The database is available again (it was unavailable for {} s)",
                        String.format(
                                java.util.Locale.ROOT,
                                "%.1f",
                                Duration.between(downSince, Instant.now()).toMillis() / 1000.0));
                downSince = null;
            }
        } catch (SQLException | RuntimeException e) {
            abandon();
            failing = true;
            if (downSince == null) {
                downSince = Instant.now();
                LOG.warn(
                        "The database is unavailable ({}). The public side serves the pages it has cached and "
                                + "answers 503 for the rest; staff changes are refused until it is back.",
                        briefly(e));
            }
        } finally {
            checkedAt = Instant.now();
        }
    }

    /** A connection of the checker's own, to the pool's database with the pool's settings, and short timeouts. */
    private Connection connect() throws SQLException {
        return checkConnection(
                ReadRoutingDataSource.primaryPool(DelegatingDataSource.unwrapDataSource(dataSource)), timeoutSeconds);
    }

    /** A connection outside {@code pool} to its database, with its settings and short timeouts: for background checks. */
    static Connection checkConnection(HikariDataSource pool, int timeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        String timeout = Long.toString(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        properties.setProperty("connectTimeout", timeout);
        properties.setProperty("socketTimeout", timeout);
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void abandon() {
        abandon(connection);
        connection = null;
    }

    /** Closes a check's connection at once, without waiting on a server that may not answer. */
    static void abandon(Connection connection) {
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // it is being thrown away
            }
        }
    }

    private static String briefly(Throwable e) {
        String message =
                String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
        return e.getClass().getSimpleName()
                + (message.isEmpty()
                        ? ""
                        : ": " + (message.length() > 160 ? message.substring(0, 160) + "…" : message));
    }
}

package org.civicdata.tracker.infra.db;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public renders on the read replica, when one is configured ({@link ReplicaRouting}); and what
 * {@code /health} says about it.
 *
 * <p>{@link #atLeast} runs a render so that it reads the replica only if the replica holds at least
 * the data version the response is tagged with (else the primary: {@link ReadRoutingDataSource}), and
 * reads the primary again if the replica fails under it: the public sees neither an older body under
 * a newer ETag nor an error when the replica dies.
 *
 * <p>A thread of its own checks the replica every {@code tracker.database.replica.check-interval}
 * (1 s) over a connection of its own: its data version (the audit entries it holds, next to the
 * primary's, read just before) and, from
 * {@code SHOW REPLICA STATUS}, how many seconds it says it is behind (the account needs the
 * {@code REPLICA MONITOR} or {@code REPLICATION CLIENT} privilege for that; without it the seconds
 * are unknown). A replica that fails a check is
 * not read until one succeeds.
 */
@Context
public class ReplicaReads {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaReads.class);

    /**
     * What /health says about the replica: whether it answers; whether public renders of the current
     * data version read it; the data versions (audit entries) it lacks of the primary's, both as last
     * checked; and the seconds behind its primary it reports (null when it reports none: replication
     * stopped, or not allowed to ask).
     */
    public record Status(
            boolean up, Instant checkedAt, Instant downSince, boolean reads, long versionsBehind, Long secondsBehind) {}

    private final ReadRoutingDataSource routing;
    private final long intervalMillis;
    private final int timeoutSeconds;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "replica-health");
        thread.setDaemon(true);
        return thread;
    });
    /** Used by the checker thread only. */
    private Connection connection;

    private volatile Instant checkedAt = Instant.now();
    private volatile Instant downSince;
    private volatile Long secondsBehind;
    private volatile long primaryVersion;

    ReplicaReads(
            DataSource dataSource,
            @Value("${tracker.database.replica.check-interval:1s}") Duration interval,
            @Value("${tracker.database.replica.check-timeout:1s}") Duration timeout,
            @Value("${tracker.database.replica.url:}") String replicaUrl) {
        DataSource plain = DelegatingDataSource.unwrapDataSource(dataSource);
        this.routing = plain instanceof ReadRoutingDataSource r ? r : null;
        if (routing == null && !replicaUrl.isBlank()) {
            // Said at start rather than found out under load: the replica would never be read.
            throw new IllegalStateException("A read replica is configured (tracker.database.replica.url) but the "
                    + "datasource is " + plain.getClass().getName() + ", not the routing one: reads would all go to "
                    + "the primary");
        }
        this.intervalMillis = interval.toMillis();
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    @PostConstruct
    void start() {
        if (routing != null) {
            checker.scheduleWithFixedDelay(this::check, 0, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
        try {
            checker.awaitTermination(2L * timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        abandon();
        if (routing != null) {
            routing.close();
        }
    }

    /** Whether a replica is configured at all. */
    public boolean configured() {
        return routing != null;
    }

    /** The replica's state, or null when none is configured. Never waits. */
    public Status status() {
        if (routing == null) {
            return null;
        }
        long replicaVersion = routing.replicaVersion();
        boolean up = routing.replicaUp();
        return new Status(
                up,
                checkedAt,
                downSince,
                up && replicaVersion >= primaryVersion,
                Math.max(0, primaryVersion - replicaVersion),
                secondsBehind);
    }

    /**
     * Runs {@code render} (reads only) on the replica if it holds data version {@code version} or
     * later, else on the primary; a render the replica failed is run again on the primary.
     */
    public <T> T atLeast(long version, Supplier<T> render) {
        if (routing == null) {
            return render.get();
        }
        ReadRoutingDataSource.Render started = routing.begin(version);
        try {
            return render.get();
        } catch (RuntimeException e) {
            if (!started.usedReplica) {
                throw e;
            }
            // Reads only, so running it again is safe; the check finds when the replica is back.
            routing.replicaUp(false);
            routing.end();
            LOG.debug("A public render failed on the replica; rendered again from the primary", e);
            return render.get();
        } finally {
            routing.end();
        }
    }

    private void check() {
        try {
            if (connection == null) {
                connection = DatabaseHealth.checkConnection(routing.replica(), timeoutSeconds);
            }
            // The primary's first: a commit between the two reads makes the replica look behind, never ahead.
            primaryVersion = primaryVersion();
            routing.replicaIsAt(ReadRoutingDataSource.versionOn(connection));
            readReplicationStatus();
            routing.replicaUp(true);
            if (downSince != null) {
                LOG.info("The read replica is available again; public reads go to it while it is up to date");
                downSince = null;
            }
        } catch (SQLException | RuntimeException e) {
            abandon();
            routing.replicaUp(false);
            secondsBehind = null;
            if (downSince == null) {
                downSince = Instant.now();
                LOG.warn(
                        "The read replica is unavailable ({}); public reads go to the primary",
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        } finally {
            checkedAt = Instant.now();
        }
    }

    /** The primary's data version, over one of its pool's connections (a stalled primary holds this thread only). */
    private long primaryVersion() throws SQLException {
        try (Connection primary = routing.primary().getConnection()) {
            return ReadRoutingDataSource.versionOn(primary);
        }
    }

    /** SHOW REPLICA STATUS (MariaDB 10.5+, MySQL 8.0.22+): its Seconds_Behind_Master (or _Source). */
    private void readReplicationStatus() throws SQLException {
        if (!connection.isValid(timeoutSeconds)) {
            throw new SQLException("the check got no answer");
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SHOW REPLICA STATUS")) {
            if (!rs.next()) {
                secondsBehind = null;
                return;
            }
            long seconds = rs.getLong(column(rs, "Seconds_Behind_Master", "Seconds_Behind_Source"));
            secondsBehind = rs.wasNull() ? null : seconds;
        } catch (SQLException e) {
            // Not allowed to ask (no REPLICA MONITOR privilege): the lag in data versions still shows.
            secondsBehind = null;
        }
    }

    /** MariaDB's column name, or MySQL 8's. */
    private static String column(ResultSet rs, String name, String otherName) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(name)) {
                return name;
            }
        }
        return otherName;
    }

    private void abandon() {
        DatabaseHealth.abandon(connection);
        connection = null;
    }
}

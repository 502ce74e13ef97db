package org.civicdata.tracker.infra.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The app's one datasource when a read replica is configured ({@link ReplicaRouting}): every
 * connection comes from the primary's pool, except those taken inside a public render
 * ({@link ReplicaReads#atLeast}), which come from the replica's pool <em>if the replica holds at
 * least the data version the response will be tagged with</em>, and from the primary otherwise. So a
 * body rendered from the replica never reflects older data than its ETag names, however far the
 * replica lags; a lagging replica only moves the renders to the primary until it has caught up.
 *
 * <p>The replica's data version is the number of audit entries it holds, as on the primary (the
 * trail is append-only and replicated in commit order, so a replica holding N entries holds every
 * commit the primary held when it had N). The highest version seen on the replica is kept in memory
 * (the replica only moves forward), so a connection is checked with a query only until the replica
 * is known to hold the version wanted: once per publish, not once per render.
 *
 * <p>Not a {@code DelegatingDataSource}: Micronaut Data unwraps those and would bypass the routing.
 */
final class ReadRoutingDataSource implements DataSource {

    /** How the replica's data version is read: the same count the primary's version is (DataVersion). */
    static final String REPLICA_VERSION_SQL = "SELECT COUNT(*) FROM audit_entry";

    /** A public render in progress on this thread: the version it needs at least, and where it read. */
    static final class Render {
        final long version;
        boolean usedReplica;

        Render(long version) {
            this.version = version;
        }
    }

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final ThreadLocal<Render> render = new ThreadLocal<>();
    /** The highest data version the replica is known to hold (-1: none known yet). */
    private final AtomicLong replicaVersion = new AtomicLong(-1);
    /** Set by the replica check ({@link ReplicaReads}) and cleared when a replica connection fails. */
    private volatile boolean replicaUp = true;

    ReadRoutingDataSource(HikariDataSource primary, HikariDataSource replica) {
        this.primary = primary;
        this.replica = replica;
    }

    HikariDataSource primary() {
        return primary;
    }

    HikariDataSource replica() {
        return replica;
    }

    /** The pool of the primary, whether {@code dataSource} routes reads or not. */
    static HikariDataSource primaryPool(DataSource dataSource) {
        return dataSource instanceof ReadRoutingDataSource routing ? routing.primary : (HikariDataSource) dataSource;
    }

    Render begin(long version) {
        Render started = new Render(version);
        render.set(started);
        return started;
    }

    void end() {
        render.remove();
    }

    long replicaVersion() {
        return replicaVersion.get();
    }

    /** What a render's connection found the replica to hold: never lowers the version known. */
    void replicaHolds(long version) {
        replicaVersion.accumulateAndGet(version, Math::max);
    }

    /**
     * What the replica check found: taken as it is, lower too (another server put in the replica's
     * place). A check that read before a render's connection raised it only makes routing cautious.
     */
    void replicaIsAt(long version) {
        replicaVersion.set(version);
    }

    boolean replicaUp() {
        return replicaUp;
    }

    void replicaUp(boolean up) {
        replicaUp = up;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Render current = render.get();
        if (current == null || !replicaUp) {
            return primary.getConnection();
        }
        Connection connection = null;
        try {
            connection = replica.getConnection();
            if (replicaVersion.get() < current.version) {
                replicaHolds(versionOn(connection));
                if (replicaVersion.get() < current.version) {
                    connection.close();
                    return primary.getConnection();
                }
            }
            current.usedReplica = true;
            return connection;
        } catch (SQLException | RuntimeException e) {
            // The replica is gone or stalled: the primary answers, and the check finds when it is back.
            replicaUp = false;
            DatabaseHealth.abandon(connection);
            return primary.getConnection();
        }
    }

    static long versionOn(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(REPLICA_VERSION_SQL)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pools hold their own credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return primary.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        primary.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        primary.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return primary.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return primary.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || primary.isWrapperFor(type);
    }

    void close() {
        replica.close();
    }
}

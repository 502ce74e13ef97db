package org.civicdata.tracker.infra.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one instance at a time do the work of a start on a shared database: recording its identity
 * ({@link DatabaseIdentityCheck}), creating the first admin and loading the seeds on first start. Two
 * instances started at once on an empty database would otherwise both seed it, and one would stop
 * on a duplicate seed key.
 *
 * <p>A database-wide named lock ({@code GET_LOCK}, MySQL and MariaDB alike) held on a connection of
 * its own from before the identity check until every other startup listener has run (this one runs
 * last). The lock belongs to that connection, so a process that dies holding it releases it. It is
 * infrastructure, not data, which is why its SQL is here and not in a repository.
 */
@Singleton
public class FirstStartLock implements ApplicationEventListener<StartupEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartLock.class);
    static final String NAME = "policy-tracker.first-start";

    private Connection holder;

    FirstStartLock(DataSource dataSource, @Value("${tracker.database.first-start-wait:5m}") Duration wait) {
        try {
            holder = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
            holder.setAutoCommit(true);
            long waitSeconds = Math.max(1, wait.toSeconds());
            // The driver's read timeout (socketTimeout, 4 s) would end the wait long before the lock's:
            // this one statement may take as long as the lock wait, and a little more.
            int readTimeout = holder.getNetworkTimeout();
            holder.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, (waitSeconds + 10) * 1000));
            long started = System.nanoTime();
            try (PreparedStatement get = holder.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                get.setString(1, NAME);
                get.setLong(2, waitSeconds);
                try (ResultSet rs = get.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new IllegalStateException("Another instance has been starting on this database for over "
                                + wait.toSeconds() + " s (the lock '" + NAME
                                + "' is still held): stop it or wait for it, "
                                + "then start this one again");
                    }
                }
            }
            holder.setNetworkTimeout(Runnable::run, readTimeout);
            long waited = (System.nanoTime() - started) / 1_000_000;
            if (waited > 500) {
                LOG.info("Waited {} ms for another instance to finish starting on this database", waited);
            }
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Cannot take the first-start lock on the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        release();
    }

    /** After every other startup listener (first admin, seeds). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @PreDestroy
    synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection c = holder) {
            try (PreparedStatement free = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                free.setString(1, NAME);
                free.execute();
            }
        } catch (SQLException e) {
            LOG.debug("Releasing the first-start lock: {} (closing its connection releases it anyway)", e.getMessage());
        } finally {
            holder = null;
        }
    }
}

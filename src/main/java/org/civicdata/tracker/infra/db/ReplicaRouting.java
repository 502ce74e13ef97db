package org.civicdata.tracker.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a read replica behind the app's datasource when {@code tracker.database.replica.url}
 * ({@code TRACKER_DATABASE_REPLICA_URL}) names one: the default pool becomes the primary of a
 * {@link ReadRoutingDataSource}, next to a pool of read-only connections to the replica. Without the
 * setting the datasource is left as it is.
 *
 * <p>Runs before Micronaut Data's own listener wraps the datasource for contextual connections
 * (highest precedence), so that wrapper routes too.
 */
@Singleton
final class ReplicaRouting implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaRouting.class);

    private final String url;
    private final String username;
    private final String password;
    private final int poolSize;
    private final Duration connectionTimeout;

    ReplicaRouting(
            @Value("${tracker.database.replica.url:}") String url,
            @Value("${tracker.database.replica.username:}") String username,
            @Value("${tracker.database.replica.password:}") String password,
            @Value("${tracker.database.replica.maximum-pool-size:10}") int poolSize,
            @Value("${tracker.database.replica.connection-timeout:1s}") Duration connectionTimeout) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.poolSize = poolSize;
        this.connectionTimeout = connectionTimeout;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource created = event.getBean();
        if (url.isBlank()
                || !"default".equals(event.getBeanIdentifier().getName())
                || !(created instanceof HikariDataSource primary)) {
            return created;
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(url);
        config.setDriverClassName(primary.getDriverClassName());
        config.setUsername(username.isEmpty() ? primary.getUsername() : username);
        config.setPassword(username.isEmpty() ? primary.getPassword() : password);
        config.setDataSourceProperties(primary.getDataSourceProperties());
        config.setTransactionIsolation(primary.getTransactionIsolation());
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(primary.getValidationTimeout());
        // Read-only: a write that strayed onto the replica fails instead of forking its data.
        config.setReadOnly(true);
        // The app starts, reading from the primary, while the replica is down.
        config.setInitializationFailTimeout(-1);
        LOG.info(
                "Public reads go to the replica at {} while it holds the current data version; "
                        + "everything else to the primary",
                DatabaseSettings.withoutCredentials(url));
        return new ReadRoutingDataSource(primary, new HikariDataSource(config));
    }
}

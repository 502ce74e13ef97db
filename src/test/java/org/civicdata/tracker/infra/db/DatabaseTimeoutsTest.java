package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The pool and the driver are set so that a dead or stalled database cannot hold a request for long. */
@MicronautTest(startApplication = false, transactional = false)
class DatabaseTimeoutsTest {

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseHealth health;

    @Test
    void pooledConnectionsTimeOutOnAStalledServerAndThePoolWaitsTwoSecondsAtMost() throws Exception {
        HikariDataSource pool = (HikariDataSource) DelegatingDataSource.unwrapDataSource(dataSource);
        assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1000);
        try (Connection connection = pool.getConnection()) {
            JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
            assertThat(mysql.getPropertySet()
                            .getIntegerProperty(PropertyKey.socketTimeout)
                            .getValue())
                    .isEqualTo(4_000);
            assertThat(mysql.getPropertySet()
                            .getIntegerProperty(PropertyKey.connectTimeout)
                            .getValue())
                    .isEqualTo(2_000);
        }
    }

    @Test
    void theHealthCheckSeesTheDatabaseUp() throws Exception {
        Thread.sleep(1200);
        assertThat(health.isUp()).isTrue();
        assertThat(health.status().checkedAt()).isAfter(java.time.Instant.now().minusSeconds(2));
    }
}

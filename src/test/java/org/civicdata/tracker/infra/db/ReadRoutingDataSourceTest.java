package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where connections go when a read replica is configured, on two databases of the test server
 * standing for the primary and the replica (each says which it is, and holds its own number of audit
 * entries); the real replication, two instances and nginx: {@link ReplicaProcessTest}.
 */
@MicronautTest(startApplication = false, transactional = false)
class ReadRoutingDataSourceTest {

    private static final String PRIMARY = "routing_primary";
    private static final String REPLICA = "routing_replica";

    @Inject
    DataSource dataSource;

    private int port;
    private HikariDataSource primary;
    private HikariDataSource replica;
    private ReadRoutingDataSource routing;

    @BeforeEach
    void twoDatabases() throws SQLException {
        Matcher m = Pattern.compile("127\\.0\\.0\\.1:(\\d+)/")
                .matcher(((HikariDataSource) DelegatingDataSource.unwrapDataSource(dataSource)).getJdbcUrl());
        assertThat(m.find()).isTrue();
        port = Integer.parseInt(m.group(1));
        for (String name : new String[] {PRIMARY, REPLICA}) {
            EmbeddedDatabase.ensureDatabase(port, name, true);
            execute(name, "CREATE TABLE audit_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY)");
            execute(name, "CREATE TABLE which (name VARCHAR(20))");
            execute(name, "INSERT INTO which VALUES ('" + name + "')");
        }
        primary = pool(EmbeddedDatabase.jdbcUrl(port, PRIMARY), false);
        replica = pool(EmbeddedDatabase.jdbcUrl(port, REPLICA), true);
        routing = new ReadRoutingDataSource(primary, replica);
    }

    @AfterEach
    void closePools() {
        primary.close();
        replica.close();
    }

    @Test
    void outsideAPublicRenderEveryConnectionIsThePrimarys() throws SQLException {
        entries(PRIMARY, 3);
        entries(REPLICA, 3);
        assertThat(which(routing)).isEqualTo(PRIMARY);
    }

    @Test
    void aRenderReadsTheReplicaWhenItHoldsTheVersionTheResponseIsTaggedWith() throws SQLException {
        entries(PRIMARY, 3);
        entries(REPLICA, 4); // ahead of the version read a moment ago: newer data is fine
        routing.begin(3);
        try {
            assertThat(which(routing)).isEqualTo(REPLICA);
        } finally {
            routing.end();
        }
        assertThat(which(routing)).as("after the render").isEqualTo(PRIMARY);
    }

    @Test
    void aRenderReadsThePrimaryWhileTheReplicaLacksTheVersionAndTheReplicaOnceItHasCaughtUp() throws SQLException {
        entries(PRIMARY, 3);
        entries(REPLICA, 2);
        routing.begin(3);
        try {
            assertThat(which(routing)).as("the replica one version behind").isEqualTo(PRIMARY);
            entries(REPLICA, 1);
            assertThat(which(routing)).as("the replica caught up").isEqualTo(REPLICA);
        } finally {
            routing.end();
        }
        assertThat(routing.replicaVersion()).isEqualTo(3);
    }

    @Test
    void aReplicaThatCannotBeReachedSendsRendersToThePrimaryAndIsNotAskedAgainUntilChecked()
            throws SQLException, java.io.IOException {
        entries(PRIMARY, 1);
        replica.close();
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        replica = pool(EmbeddedDatabase.jdbcUrl(closed, REPLICA), true); // nothing listens there
        routing = new ReadRoutingDataSource(primary, replica);
        routing.begin(1);
        try {
            long started = System.nanoTime();
            assertThat(which(routing)).isEqualTo(PRIMARY);
            assertThat(routing.replicaUp()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        } finally {
            routing.end();
        }
    }

    @Test
    void aRenderTheReplicaFailsUnderIsRenderedAgainFromThePrimary() throws SQLException {
        entries(PRIMARY, 2);
        entries(REPLICA, 2);
        ReplicaReads reads =
                new ReplicaReads(routing, Duration.ofSeconds(1), Duration.ofSeconds(1), "jdbc:mysql://replica/");
        AtomicInteger renders = new AtomicInteger();
        String rendered = reads.atLeast(2, () -> {
            String from = which(routing);
            if (renders.incrementAndGet() == 1) {
                assertThat(from).isEqualTo(REPLICA);
                throw new IllegalStateException("the replica went away mid-render");
            }
            return from;
        });
        assertThat(rendered).isEqualTo(PRIMARY);
        assertThat(renders).hasValue(2);
        assertThat(routing.replicaUp()).as("until the next check").isFalse();
    }

    @Test
    void aRenderThatFailsOnThePrimaryIsNotRenderedAgain() throws SQLException {
        entries(PRIMARY, 2);
        entries(REPLICA, 1);
        ReplicaReads reads =
                new ReplicaReads(routing, Duration.ofSeconds(1), Duration.ofSeconds(1), "jdbc:mysql://replica/");
        AtomicInteger renders = new AtomicInteger();
        assertThatThrownBy(() -> reads.atLeast(2, () -> {
                    renders.incrementAndGet();
                    assertThat(which(routing)).isEqualTo(PRIMARY);
                    throw new IllegalStateException("a bug");
                }))
                .hasMessage("a bug");
        assertThat(renders).hasValue(1);
    }

    // --- helpers

    private static HikariDataSource pool(String url, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setReadOnly(readOnly);
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static String which(DataSource source) {
        try (Connection c = source.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM which")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void entries(String database, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            execute(database, "INSERT INTO audit_entry () VALUES ()");
        }
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(port, database), "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/** The test run starts from an empty database (recreated once per run): the migrations must build it. */
@MicronautTest(transactional = false)
class MigrationsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyMigrationAppliedToTheEmptyTestDatabaseAndValidates() {
        // The injected DataSource is transaction-aware; Flyway manages its own connections.
        DataSource plain = DelegatingDataSource.unwrapDataSource(dataSource);
        Flyway flyway = Flyway.configure()
                .dataSource(plain)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}

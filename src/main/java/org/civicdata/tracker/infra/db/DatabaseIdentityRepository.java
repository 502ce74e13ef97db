package org.civicdata.tracker.infra.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DatabaseIdentityRepository extends CrudRepository<DatabaseIdentity, String> {

    /** Whether anything was ever written: every record change leaves an audit entry; accounts are staff. */
    @Query(value = "SELECT EXISTS(SELECT 1 FROM audit_entry) OR EXISTS(SELECT 1 FROM account)", nativeQuery = true)
    boolean anythingWritten();

    @Query("UPDATE database_identity SET seeded_at = :seededAt WHERE id = :id")
    void updateSeededAt(String id, Instant seededAt);
}

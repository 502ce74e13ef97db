package org.civicdata.tracker.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEntryRepository extends CrudRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findByRecordTypeAndRecordIdOrderById(RecordType recordType, long recordId);

    Optional<Instant> findMaxOccurredAt();

    /** The newest entry's id: grows with every write, so it versions the data as a whole. */
    Optional<Long> findMaxId();
}

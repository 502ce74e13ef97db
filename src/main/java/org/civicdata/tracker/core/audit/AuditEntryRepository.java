package org.civicdata.tracker.core.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEntryRepository extends CrudRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findByRecordTypeAndRecordIdOrderById(RecordType recordType, long recordId);

    Optional<Instant> findMaxOccurredAt();

    List<AuditEntry> findByIdInOrderById(Collection<Long> ids);

    /** The entries of records of one type up to an entry: what replays them to that point. */
    List<AuditEntry> findByRecordTypeAndRecordIdInAndIdLessThanEqualOrderById(
            RecordType recordType, Collection<Long> recordIds, long id);

    // count() (from CrudRepository) versions the data: the trail is append-only, so the number of
    // entries grows by one with every committed write, in commit order (ids are taken at insert time
    // and may commit out of order, so the highest id is not a version).
}

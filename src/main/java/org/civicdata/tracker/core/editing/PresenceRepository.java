package org.civicdata.tracker.core.editing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PresenceRepository extends CrudRepository<Presence, String> {

    List<Presence> findByRecordTypeAndRecordIdAndLastSeenGreaterThanOrderBySince(
            RecordType recordType, long recordId, Instant after);

    void deleteByLastSeenLessThan(Instant before);
}

package org.civicdata.tracker.source;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import org.civicdata.tracker.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CitationRepository extends CrudRepository<Citation, Long> {

    List<Citation> findByRecordTypeAndRecordId(RecordType recordType, long recordId);
}

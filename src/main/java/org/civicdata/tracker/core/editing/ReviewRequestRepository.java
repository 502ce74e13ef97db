package org.civicdata.tracker.core.editing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReviewRequestRepository extends CrudRepository<ReviewRequest, Long> {

    List<ReviewRequest> findByStateOrderBySubmittedAt(ReviewRequest.State state);

    Optional<ReviewRequest> findFirstByRecordTypeAndRecordIdOrderByIdDesc(RecordType recordType, long recordId);
}

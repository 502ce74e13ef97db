package org.civicdata.tracker.record.statement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StatementRepository extends AttachedRepository<Statement> {

    @Override
    default RecordType recordType() {
        return RecordType.STATEMENT;
    }

    long countByPersonId(long personId);

    List<Statement> findByJurisdictionIdAndPublicationStateOrderBySaidOnAsc(
            long jurisdictionId, PublicationState publicationState);

    List<Statement> findByPersonId(long personId);
}

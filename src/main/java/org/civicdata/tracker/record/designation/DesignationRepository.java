package org.civicdata.tracker.record.designation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DesignationRepository extends AttachedRepository<Designation> {

    @Override
    default RecordType recordType() {
        return RecordType.DESIGNATION;
    }

    List<Designation> findByJurisdictionIdAndPublicationStateOrderByDesignatedOnAsc(
            long jurisdictionId, PublicationState publicationState);
}

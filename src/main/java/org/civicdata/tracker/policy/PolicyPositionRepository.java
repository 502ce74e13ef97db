package org.civicdata.tracker.policy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.common.PublicationState;
import io.micronaut.data.model.query.builder.sql.Dialect;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PolicyPositionRepository extends TrackedRepository<PolicyPosition> {

    @Override
    default RecordType recordType() {
        return RecordType.POLICY_POSITION;
    }

    List<PolicyPosition> findByPublicationState(PublicationState publicationState);

    List<PolicyPosition> findByJurisdictionIdAndPublicationStateOrderByValidFromOnAsc(
            long jurisdictionId, PublicationState publicationState);
}

package org.civicdata.tracker.record.funding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FundingThreatRepository extends AttachedRepository<FundingThreat> {

    @Override
    default RecordType recordType() {
        return RecordType.FUNDING_THREAT;
    }

    List<FundingThreat> findByJurisdictionIdAndPublicationStateOrderByAnnouncedOnAsc(
            long jurisdictionId, PublicationState publicationState);

    long countByDojLetterId(long dojLetterId);
}

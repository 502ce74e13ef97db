package org.civicdata.tracker.record.funding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FundingThreatRepository extends PublishableRepository<FundingThreat> {

    @Override
    default RecordType recordType() {
        return RecordType.FUNDING_THREAT;
    }

    List<FundingThreat> findByJurisdictionIdAndPublicationStateOrderByAnnouncedOnAsc(
            long jurisdictionId, PublicationState publicationState);

    /** Every published threat against one jurisdiction (the public map's threat filter). */
    List<FundingThreat> findByJurisdictionIdIsNotNullAndPublicationStateOrderByAnnouncedOnAsc(
            PublicationState publicationState);

    /** Every threat to a jurisdiction, drafts too (its staff editor). */
    List<FundingThreat> findByJurisdictionIdOrderByAnnouncedOnAsc(long jurisdictionId);

    long countByDojLetterId(long dojLetterId);
}

package org.civicdata.tracker.record.funding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CourtCaseRepository extends PublishableRepository<CourtCase> {

    @Override
    default RecordType recordType() {
        return RecordType.COURT_CASE;
    }

    List<CourtCase> findByFundingThreatIdInAndPublicationStateOrderByRulingOnAsc(
            Collection<Long> fundingThreatIds, PublicationState publicationState);

    /** Every case on these threats, drafts too (the staff editors). */
    List<CourtCase> findByFundingThreatIdInOrderByRulingOnAsc(Collection<Long> fundingThreatIds);

    long countByFundingThreatId(long fundingThreatId);
}

package org.civicdata.tracker.record.policy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PolicyPositionRepository extends AttachedRepository<PolicyPosition> {

    @Override
    default RecordType recordType() {
        return RecordType.POLICY_POSITION;
    }

    /** Callers pass {@link #STANCE_ORDER} so that list and record derive the same stance. */
    List<PolicyPosition> findByPublicationState(PublicationState publicationState, Sort sort);

    List<PolicyPosition> findByJurisdictionIdAndPublicationState(
            long jurisdictionId, PublicationState publicationState, Sort sort);

    /** By start date, then by id: {@code StanceRule} lets the later of two equal starts win. */
    Sort STANCE_ORDER = Sort.of(Sort.Order.asc("validFromOn"), Sort.Order.asc("id"));

    /** The positions of several jurisdictions in one state (a page of the staff list), in {@link #STANCE_ORDER}. */
    List<PolicyPosition> findByJurisdictionIdInAndPublicationState(
            Collection<Long> jurisdictionIds, PublicationState publicationState, Sort sort);
}

package org.civicdata.tracker.record.dojletter;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DojLetterRepository extends PublishableRepository<DojLetter> {

    @Override
    default RecordType recordType() {
        return RecordType.DOJ_LETTER;
    }

    List<DojLetter> findByJurisdictionIdAndPublicationStateOrderBySentOnAsc(
            long jurisdictionId, PublicationState publicationState);

    /** Every published letter addressed to one jurisdiction (the public map's letter filter). */
    List<DojLetter> findByJurisdictionIdIsNotNullAndPublicationStateOrderBySentOnAsc(PublicationState publicationState);

    /** Every letter to a jurisdiction, drafts too (its staff editor). */
    List<DojLetter> findByJurisdictionIdOrderBySentOnAsc(long jurisdictionId);
}

package org.civicdata.tracker.record.dojletter;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DojLetterRepository extends AttachedRepository<DojLetter> {

    @Override
    default RecordType recordType() {
        return RecordType.DOJ_LETTER;
    }

    List<DojLetter> findByJurisdictionIdAndPublicationStateOrderBySentOnAsc(
            long jurisdictionId, PublicationState publicationState);
}

package org.civicdata.tracker.record.source;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.util.Collection;
import java.util.List;
import io.micronaut.data.model.query.builder.sql.Dialect;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.PublishableRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SourceRepository extends PublishableRepository<Source>,
        io.micronaut.data.repository.jpa.JpaSpecificationExecutor<Source> {

    @Override
    default RecordType recordType() {
        return RecordType.SOURCE;
    }

    List<Source> findByIdIn(Collection<Long> ids);

    /** Sources whose title equals the text as the collation compares (callers compare exactly). */
    List<Source> findByTitle(String title);

    List<Source> findByUrl(String url);
}

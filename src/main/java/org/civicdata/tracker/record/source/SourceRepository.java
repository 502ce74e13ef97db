package org.civicdata.tracker.record.source;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SourceRepository extends PublishableRepository<Source> {

    @Override
    default RecordType recordType() {
        return RecordType.SOURCE;
    }

    List<Source> findByIdIn(Collection<Long> ids);

    /** Sources whose title equals the text as the collation compares (callers compare exactly). */
    List<Source> findByTitle(String title);

    List<Source> findByUrl(String url);
}

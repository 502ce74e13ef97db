package org.civicdata.tracker.record.person;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PersonRepository extends PublishableRepository<Person> {

    @Override
    default RecordType recordType() {
        return RecordType.PERSON;
    }

    List<Person> findByIdIn(Collection<Long> ids);

    /** People whose name equals the text as the collation compares (callers compare exactly). */
    List<Person> findByName(String name);
}

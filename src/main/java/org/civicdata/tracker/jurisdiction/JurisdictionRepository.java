package org.civicdata.tracker.jurisdiction;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface JurisdictionRepository extends TrackedRepository<Jurisdiction> {

    @Override
    default RecordType recordType() {
        return RecordType.JURISDICTION;
    }

    Optional<Jurisdiction> findBySlug(String slug);

    boolean existsBySlug(String slug);
}

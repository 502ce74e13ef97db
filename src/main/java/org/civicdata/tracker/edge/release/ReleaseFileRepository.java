package org.civicdata.tracker.edge.release;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A release's files and their bytes. Inserts and reads only: there is no update or delete here, so the
 * app has no way to change a file once it is written.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReleaseFileRepository extends GenericRepository<ReleaseFile, Long> {

    ReleaseFile save(ReleaseFile file);

    List<ReleaseFile> findByReleaseIdInOrderByPosition(Collection<Long> releaseIds);

    Optional<ReleaseFile> findByReleaseIdAndName(long releaseId, String name);
}

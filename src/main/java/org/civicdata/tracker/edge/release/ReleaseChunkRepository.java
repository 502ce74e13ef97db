package org.civicdata.tracker.edge.release;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The gzipped pieces of a release file's bytes: inserted once, read one at a time; never updated. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReleaseChunkRepository extends GenericRepository<ReleaseChunk, Long> {

    ReleaseChunk save(ReleaseChunk chunk);

    Optional<ReleaseChunk> findByFileIdAndSeq(long fileId, int seq);
}

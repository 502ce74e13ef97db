package org.civicdata.tracker.core.citation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CitationRepository extends CrudRepository<Citation, Long> {

    List<Citation> findByRecordTypeAndRecordId(RecordType recordType, long recordId);

    long countBySourceId(long sourceId);

    /** The published sources cited by the given records of one type. Callers pass a non-empty id list. */
    @Query("""
            SELECT c.record_id, s.id, s.title, s.publication, s.author, s.url, s.published_on,
              s.published_precision, s.published_inferred, s.seed_document
            FROM citation c JOIN source s ON s.id = c.source_id
            WHERE c.record_type = :recordType AND c.record_id IN (:recordIds) AND s.publication_state = 'PUBLISHED'
            ORDER BY c.record_id, s.id""")
    List<CitedSource> findPublishedSources(String recordType, Collection<Long> recordIds);
}

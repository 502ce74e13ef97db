package org.civicdata.tracker.record.status;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.citation.CitedSource;

/**
 * Reads of the status history for the public side (read-only): the entries in effect on a date of every
 * published letter or threat attached to a jurisdiction, one query per kind for a whole listing, each
 * parent's in history order (effective date, then id; undated entries are never in effect on a date),
 * and the published sources that entries cite.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StatusHistoryReads extends GenericRepository<StatusChange, Long> {

    @Query("""
            SELECT sc.* FROM status_change sc JOIN doj_letter l ON l.id = sc.doj_letter_id
            WHERE l.publication_state = 'PUBLISHED' AND l.jurisdiction_id IS NOT NULL AND sc.effective_on <= :asOf
            ORDER BY sc.doj_letter_id, sc.effective_on, sc.id""")
    List<StatusChange> findInEffectForPublishedLetters(LocalDate asOf);

    @Query("""
            SELECT sc.* FROM status_change sc JOIN funding_threat t ON t.id = sc.funding_threat_id
            WHERE t.publication_state = 'PUBLISHED' AND t.jurisdiction_id IS NOT NULL AND sc.effective_on <= :asOf
            ORDER BY sc.funding_threat_id, sc.effective_on, sc.id""")
    List<StatusChange> findInEffectForPublishedThreats(LocalDate asOf);

    /** The published source each entry cites, by entry ({@code recordId} is the entry's id). Callers pass a non-empty id list. */
    @Query("""
            SELECT sc.id AS record_id, s.id, s.title, s.publication, s.author, s.url, s.published_on,
              s.published_precision, s.published_inferred, s.seed_document
            FROM status_change sc JOIN source s ON s.id = sc.source_id
            WHERE sc.id IN (:entryIds) AND s.publication_state = 'PUBLISHED'""")
    List<CitedSource> findPublishedSources(Collection<Long> entryIds);
}

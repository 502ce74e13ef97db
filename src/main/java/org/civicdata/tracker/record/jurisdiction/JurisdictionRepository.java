package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface JurisdictionRepository extends PublishableRepository<Jurisdiction> {

    @Override
    default RecordType recordType() {
        return RecordType.JURISDICTION;
    }

    Optional<Jurisdiction> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByParentId(Long parentId);

    Optional<Jurisdiction> findBySlugAndPublicationState(String slug, PublicationState publicationState);

    boolean existsBySlugAndPublicationState(String slug, PublicationState publicationState);

    List<Jurisdiction> findByPublicationState(PublicationState publicationState);

    /**
     * Published jurisdictions (by id, in the listing's order: name, slug) with their published parent's slug
     * and how many published records of each kind are attached to them.
     * With {@code asOf}, only records dated on or before it count (undated ones do not), and only
     * policy positions in force on it (an unknown start counts as started, as in the stance rule).
     */
    // Each attached table is counted once, grouped, and joined: a correlated subquery per row
    // depends on fresh index statistics and, without them, scanned a table once per jurisdiction
    // (30 s for 25,000; see docs/benchmarks.md).
    @Query("""
            SELECT j.id, p.slug AS parent_slug,
              COALESCE(pp.n, 0) AS policy_positions, COALESCE(d.n, 0) AS designations,
              COALESCE(l.n, 0) AS doj_letters, COALESCE(t.n, 0) AS funding_threats,
              COALESCE(s.n, 0) AS statements, COALESCE(ev.n, 0) AS events
            FROM jurisdiction j
            LEFT JOIN jurisdiction p ON p.id = j.parent_id AND p.publication_state = 'PUBLISHED'
            LEFT JOIN (SELECT x.jurisdiction_id, COUNT(*) AS n FROM policy_position x
                       WHERE x.publication_state = 'PUBLISHED'
                         AND (:asOf IS NULL OR ((x.valid_from_on IS NULL OR x.valid_from_on <= :asOf)
                              AND (x.valid_to_on IS NULL OR x.valid_to_on > :asOf)))
                       GROUP BY x.jurisdiction_id) pp ON pp.jurisdiction_id = j.id
            LEFT JOIN (SELECT x.jurisdiction_id, COUNT(*) AS n FROM designation x
                       WHERE x.publication_state = 'PUBLISHED' AND (:asOf IS NULL OR x.designated_on <= :asOf)
                       GROUP BY x.jurisdiction_id) d ON d.jurisdiction_id = j.id
            LEFT JOIN (SELECT x.jurisdiction_id, COUNT(*) AS n FROM doj_letter x
                       WHERE x.publication_state = 'PUBLISHED' AND (:asOf IS NULL OR x.sent_on <= :asOf)
                       GROUP BY x.jurisdiction_id) l ON l.jurisdiction_id = j.id
            LEFT JOIN (SELECT x.jurisdiction_id, COUNT(*) AS n FROM funding_threat x
                       WHERE x.publication_state = 'PUBLISHED' AND (:asOf IS NULL OR x.announced_on <= :asOf)
                       GROUP BY x.jurisdiction_id) t ON t.jurisdiction_id = j.id
            LEFT JOIN (SELECT x.jurisdiction_id, COUNT(*) AS n FROM statement x
                       JOIN person sp ON sp.id = x.person_id AND sp.publication_state = 'PUBLISHED'
                       WHERE x.publication_state = 'PUBLISHED' AND (:asOf IS NULL OR x.said_on <= :asOf)
                       GROUP BY x.jurisdiction_id) s ON s.jurisdiction_id = j.id
            LEFT JOIN (SELECT ej.jurisdiction_id, COUNT(*) AS n FROM event_jurisdiction ej JOIN event e ON e.id = ej.event_id
                       WHERE e.publication_state = 'PUBLISHED' AND (:asOf IS NULL OR e.occurred_on <= :asOf)
                       GROUP BY ej.jurisdiction_id) ev ON ev.jurisdiction_id = j.id
            WHERE j.publication_state = 'PUBLISHED'
            ORDER BY j.name, j.slug""")
    List<JurisdictionSummaryRow> listPublishedSummaries(@Nullable LocalDate asOf);

    /**
     * Whether any published record of each kind is attached to the jurisdiction (each an index lookup),
     * whatever its date; statements whatever their speaker's state.
     */
    @Query("""
            SELECT
              EXISTS (SELECT 1 FROM designation x WHERE x.jurisdiction_id = :id
                      AND x.publication_state = 'PUBLISHED') AS designations,
              EXISTS (SELECT 1 FROM doj_letter x WHERE x.jurisdiction_id = :id
                      AND x.publication_state = 'PUBLISHED') AS doj_letters,
              EXISTS (SELECT 1 FROM funding_threat x WHERE x.jurisdiction_id = :id
                      AND x.publication_state = 'PUBLISHED') AS funding_threats,
              EXISTS (SELECT 1 FROM statement x WHERE x.jurisdiction_id = :id
                      AND x.publication_state = 'PUBLISHED') AS statements,
              EXISTS (SELECT 1 FROM event_jurisdiction ej JOIN event e ON e.id = ej.event_id
                      WHERE ej.jurisdiction_id = :id AND e.publication_state = 'PUBLISHED') AS events""")
    AttachedKinds findAttachedKinds(long id);
}

package org.civicdata.tracker.jurisdiction;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.PublishableRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.common.PublicationState;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface JurisdictionRepository extends PublishableRepository<Jurisdiction>,
        JpaSpecificationExecutor<Jurisdiction> {

    @Override
    default RecordType recordType() {
        return RecordType.JURISDICTION;
    }

    Optional<Jurisdiction> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByParentId(Long parentId);

    Optional<Jurisdiction> findBySlugAndPublicationState(String slug, PublicationState publicationState);

    boolean existsBySlugAndPublicationState(String slug, PublicationState publicationState);

    /**
     * Published jurisdictions with how many published records of each kind are attached to them.
     * With {@code asOf}, only records dated on or before it count (undated ones do not), and only
     * policy positions in force on it (an unknown start counts as started, as in the stance rule).
     */
    @Query("""
            SELECT j.id, j.slug, j.name, j.kind, j.state_code, j.fips, j.latitude, j.longitude,
              p.slug AS parent_slug,
              (SELECT COUNT(*) FROM policy_position x WHERE x.jurisdiction_id = j.id AND x.publication_state = 'PUBLISHED'
                 AND (:asOf IS NULL OR ((x.valid_from_on IS NULL OR x.valid_from_on <= :asOf)
                      AND (x.valid_to_on IS NULL OR x.valid_to_on > :asOf)))) AS policy_positions,
              (SELECT COUNT(*) FROM designation x WHERE x.jurisdiction_id = j.id AND x.publication_state = 'PUBLISHED'
                 AND (:asOf IS NULL OR x.designated_on <= :asOf)) AS designations,
              (SELECT COUNT(*) FROM doj_letter x WHERE x.jurisdiction_id = j.id AND x.publication_state = 'PUBLISHED'
                 AND (:asOf IS NULL OR x.sent_on <= :asOf)) AS doj_letters,
              (SELECT COUNT(*) FROM funding_threat x WHERE x.jurisdiction_id = j.id AND x.publication_state = 'PUBLISHED'
                 AND (:asOf IS NULL OR x.announced_on <= :asOf)) AS funding_threats,
              (SELECT COUNT(*) FROM statement x WHERE x.jurisdiction_id = j.id AND x.publication_state = 'PUBLISHED'
                 AND (:asOf IS NULL OR x.said_on <= :asOf)) AS statements,
              (SELECT COUNT(*) FROM event_jurisdiction ej JOIN event e ON e.id = ej.event_id
                 WHERE ej.jurisdiction_id = j.id AND e.publication_state = 'PUBLISHED'
                 AND (:asOf IS NULL OR e.occurred_on <= :asOf)) AS events
            FROM jurisdiction j
            LEFT JOIN jurisdiction p ON p.id = j.parent_id AND p.publication_state = 'PUBLISHED'
            WHERE j.publication_state = 'PUBLISHED'
            ORDER BY j.name, j.slug""")
    List<JurisdictionSummaryRow> listPublishedSummaries(@Nullable LocalDate asOf);
}

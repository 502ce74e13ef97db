package org.civicdata.tracker.core.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.citation.Citation;

/**
 * How records depend on one another to be shown in public, read in SQL for {@link PublicationGuard}:
 * every link from a record to a record it needs (a source it cites, the speaker of a statement, the
 * jurisdiction a position is shown under...), and every record's title and publication state.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PublicLinkRepository extends GenericRepository<Citation, Long> {

    /**
     * One row per link: CITES (a citation), SHOWN_UNDER (shown only under that record: a statement
     * under its speaker and its jurisdiction, a position, designation, letter or threat under its
     * jurisdiction, a court case under its threat), SHOWN_UNDER_ANY (an event, under each of its
     * jurisdictions) and REFERS (named without being needed to be shown: a jurisdiction's parent, a
     * threat's letter).
     */
    String LINKS = """
            SELECT 'STATEMENT' AS child_type, id AS child_id, 'PERSON' AS parent_type, person_id AS parent_id,
              'SHOWN_UNDER' AS rule FROM statement
            UNION ALL SELECT 'STATEMENT', id, 'JURISDICTION', jurisdiction_id, 'SHOWN_UNDER' FROM statement
              WHERE jurisdiction_id IS NOT NULL
            UNION ALL SELECT 'POLICY_POSITION', id, 'JURISDICTION', jurisdiction_id, 'SHOWN_UNDER' FROM policy_position
            UNION ALL SELECT 'DESIGNATION', id, 'JURISDICTION', jurisdiction_id, 'SHOWN_UNDER' FROM designation
            UNION ALL SELECT 'DOJ_LETTER', id, 'JURISDICTION', jurisdiction_id, 'SHOWN_UNDER' FROM doj_letter
              WHERE jurisdiction_id IS NOT NULL
            UNION ALL SELECT 'FUNDING_THREAT', id, 'JURISDICTION', jurisdiction_id, 'SHOWN_UNDER' FROM funding_threat
              WHERE jurisdiction_id IS NOT NULL
            UNION ALL SELECT 'FUNDING_THREAT', id, 'DOJ_LETTER', doj_letter_id, 'REFERS' FROM funding_threat
              WHERE doj_letter_id IS NOT NULL
            UNION ALL SELECT 'COURT_CASE', id, 'FUNDING_THREAT', funding_threat_id, 'SHOWN_UNDER' FROM court_case
            UNION ALL SELECT 'EVENT', event_id, 'JURISDICTION', jurisdiction_id, 'SHOWN_UNDER_ANY' FROM event_jurisdiction
            UNION ALL SELECT 'JURISDICTION', id, 'JURISDICTION', parent_id, 'REFERS' FROM jurisdiction
              WHERE parent_id IS NOT NULL
            UNION ALL SELECT record_type, record_id, 'SOURCE', source_id, 'CITES' FROM citation""";

    /** Every publishable record with a title staff recognise and its publication state. */
    String RECORDS = """
            SELECT 'SOURCE' AS record_type, id AS record_id, title, publication_state FROM source
            UNION ALL SELECT 'PERSON', id, name, publication_state FROM person
            UNION ALL SELECT 'JURISDICTION', id, CONCAT(name, ' (', state_code, ')'), publication_state FROM jurisdiction
            UNION ALL SELECT 'STATEMENT', s.id, CONCAT(p.name, ': ', LEFT(s.text, 80),
              IF(CHAR_LENGTH(s.text) > 80, '…', '')), s.publication_state
              FROM statement s JOIN person p ON p.id = s.person_id
            UNION ALL SELECT 'DESIGNATION', d.id, CONCAT(d.label, ', ', j.name), d.publication_state
              FROM designation d JOIN jurisdiction j ON j.id = d.jurisdiction_id
            UNION ALL SELECT 'POLICY_POSITION', x.id, CONCAT(j.name, ': ', x.variable, ' ', x.value),
              x.publication_state FROM policy_position x JOIN jurisdiction j ON j.id = x.jurisdiction_id
            UNION ALL SELECT 'DOJ_LETTER', l.id, CONCAT('Letter to ', COALESCE(j.name, l.recipients),
              COALESCE(CONCAT(', ', l.sent_on), '')), l.publication_state
              FROM doj_letter l LEFT JOIN jurisdiction j ON j.id = l.jurisdiction_id
            UNION ALL SELECT 'FUNDING_THREAT', t.id, CONCAT(t.issuing_authority, ' against ', COALESCE(j.name, t.scope)),
              t.publication_state FROM funding_threat t LEFT JOIN jurisdiction j ON j.id = t.jurisdiction_id
            UNION ALL SELECT 'COURT_CASE', id, COALESCE(name, court, CONCAT('Court case ', id)), publication_state
              FROM court_case
            UNION ALL SELECT 'EVENT', id, title, publication_state FROM event""";

    /**
     * Takes the publication lock (V7) until the transaction ends, so that checks of the citation
     * invariant run one after the other; with READ COMMITTED each then reads what the one before it
     * committed.
     */
    @Query("SELECT id FROM publication_lock WHERE id = 1 FOR UPDATE")
    List<Integer> lockPublication();

    /** The links from records of one type to what they need or name. */
    @Query("SELECT * FROM (" + LINKS + ") l WHERE l.child_type = :type AND l.child_id IN (:ids)")
    List<Link> linksFrom(String type, Collection<Long> ids);

    /** The links to one record from the records that need or name it. */
    @Query("SELECT * FROM (" + LINKS + ") l WHERE l.parent_type = :type AND l.parent_id = :id")
    List<Link> linksTo(String type, long id);

    /** Title and state of records of one type (missing ids are deleted records). */
    @Query("SELECT * FROM (" + RECORDS + ") r WHERE r.record_type = :type AND r.record_id IN (:ids)")
    List<LinkedRecord> records(String type, Collection<Long> ids);

    @Introspected
    record Link(String childType, long childId, String parentType, long parentId, String rule) {}

    @Introspected
    record LinkedRecord(String recordType, long recordId, String title, String publicationState) {}
}

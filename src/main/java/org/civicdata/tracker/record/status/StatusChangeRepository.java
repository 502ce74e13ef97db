package org.civicdata.tracker.record.status;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/**
 * The status history entries, read in batches by parent ids, each parent's in history order: effective
 * date (first day of the period; undated first, as MariaDB sorts nulls first), then id.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StatusChangeRepository extends CrudRepository<StatusChange, Long> {

    @Query("SELECT * FROM status_change WHERE doj_letter_id IN (:letterIds) ORDER BY doj_letter_id, effective_on, id")
    List<StatusChange> findByDojLetterIdIn(Collection<Long> letterIds);

    @Query("SELECT * FROM status_change WHERE funding_threat_id IN (:threatIds)"
            + " ORDER BY funding_threat_id, effective_on, id")
    List<StatusChange> findByFundingThreatIdIn(Collection<Long> threatIds);

    @Query("SELECT * FROM status_change WHERE court_case_id IN (:caseIds) ORDER BY court_case_id, effective_on, id")
    List<StatusChange> findByCourtCaseIdIn(Collection<Long> caseIds);

    /**
     * The latest entry of every court case's history (the case's status: a case has no status column),
     * latest in history order: effective date (MariaDB sorts nulls last descending: undated entries are
     * the earliest), then id.
     */
    @Query("""
            SELECT sc.* FROM status_change sc JOIN (
              SELECT id, ROW_NUMBER() OVER (PARTITION BY court_case_id ORDER BY effective_on DESC, id DESC) AS n
              FROM status_change WHERE court_case_id IS NOT NULL) latest ON latest.id = sc.id AND latest.n = 1""")
    List<StatusChange> findLatestOfCourtCases();

    void deleteByDojLetterId(long letterId);

    void deleteByFundingThreatId(long threatId);

    void deleteByCourtCaseId(long caseId);
}

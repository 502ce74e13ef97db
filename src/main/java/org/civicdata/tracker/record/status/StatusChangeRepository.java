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

    void deleteByDojLetterId(long letterId);

    void deleteByFundingThreatId(long threatId);

    void deleteByCourtCaseId(long caseId);
}

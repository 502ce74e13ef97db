package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.infra.db.MappedRows;

/**
 * The published records of published jurisdictions by their own dates (issue 11): those dated in a
 * window, for the public "What changed" page, and the distinct dates where anything changed, for the
 * map's time control. A record counts by the date the as-of views use (docs/data-model.md, section 7):
 * a letter sent, a threat announced, a ruling given, a statement said (by a published speaker), a
 * designation made, an event (once per jurisdiction it concerns), a policy position starting or
 * ending; and a letter, threat or court case whose status changed (an entry of its status history dated in
 * the window). Each table is read by its date index (V13; status entries by V10's), never row by row.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public abstract class DatedRecordRepository implements GenericRepository<Jurisdiction, Long> {

    private final JdbcOperations jdbc;

    protected DatedRecordRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The records dated after {@code after} and on or before {@code until}, of jurisdictions in
     * {@code state} (null: every state), in no particular order. Per type, {@code code}, {@code title},
     * {@code detail} are: DOJ letter status, sender, funding at stake; funding threat status, issuing
     * authority, programme; court case (none), name, outcome; statement kind, speaker, its text's first 301 characters;
     * designation designator, label, designator's name; event kind, title, (none); policy position
     * value, variable, (none), dated by its start or, ending in the window, its end. A letter, threat or
     * court case whose own date is outside the window is also there, once per entry of its status history
     * dated in the window (not one made from its own status: {@code migrated_initial}), dated by the
     * entry's effective date with the entry's status as {@code code} ({@code datedBy} 'status').
     */
    public List<DatedRecordRow> datedIn(LocalDate after, LocalDate until, @Nullable String state) {
        Map<String, Object> values = new HashMap<>();
        values.put("after", after);
        values.put("until", until);
        values.put("state", state);
        return DATED_IN.list(jdbc, values);
    }

    /** {@link #datedIn}'s query, its rows mapped by position (thousands a window: {@link MappedRows}). */
    private static final MappedRows<DatedRecordRow> DATED_IN = new MappedRows<>(
            """
            SELECT 'DOJ_LETTER' AS kind, x.id, j.id AS jurisdiction_id, j.slug, j.name AS jurisdiction_name,
              j.state_code, x.sent_on AS dated_on, x.sent_precision AS dated_precision, x.status AS code,
              x.sender AS title, x.funding_at_stake AS detail, 'record' AS dated_by
            FROM doj_letter x JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.sent_on > :after AND x.sent_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'FUNDING_THREAT', x.id, j.id, j.slug, j.name, j.state_code, x.announced_on, x.announced_precision,
              x.status, x.issuing_authority, x.programme, 'record'
            FROM funding_threat x JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.announced_on > :after AND x.announced_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'COURT_CASE', x.id, j.id, j.slug, j.name, j.state_code, x.ruling_on, x.ruling_precision,
              NULL, x.name, x.outcome, 'record'
            FROM court_case x JOIN funding_threat t ON t.id = x.funding_threat_id AND t.publication_state = 'PUBLISHED'
              JOIN jurisdiction j ON j.id = t.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.ruling_on > :after AND x.ruling_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'STATEMENT', x.id, j.id, j.slug, j.name, j.state_code, x.said_on, x.said_precision,
              x.kind, p.name, LEFT(x.text, 301), 'record'
            FROM statement x JOIN person p ON p.id = x.person_id AND p.publication_state = 'PUBLISHED'
              JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.said_on > :after AND x.said_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'DESIGNATION', x.id, j.id, j.slug, j.name, j.state_code, x.designated_on, x.designated_precision,
              x.designator, x.label, x.designator_name, 'record'
            FROM designation x JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.designated_on > :after AND x.designated_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'EVENT', x.id, j.id, j.slug, j.name, j.state_code, x.occurred_on, x.occurred_precision,
              x.kind, x.title, NULL, 'record'
            FROM event x JOIN event_jurisdiction ej ON ej.event_id = x.id
              JOIN jurisdiction j ON j.id = ej.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.occurred_on > :after AND x.occurred_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'POLICY_POSITION', x.id, j.id, j.slug, j.name, j.state_code, x.valid_from_on, x.valid_from_precision,
              x.value, x.variable, NULL, 'record'
            FROM policy_position x JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.valid_from_on > :after AND x.valid_from_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'POLICY_POSITION', x.id, j.id, j.slug, j.name, j.state_code, x.valid_to_on, x.valid_to_precision,
              x.value, x.variable, 'ended', 'record'
            FROM policy_position x JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE x.valid_to_on > :after AND x.valid_to_on <= :until AND x.publication_state = 'PUBLISHED'
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'DOJ_LETTER', x.id, j.id, j.slug, j.name, j.state_code, sc.effective_on, sc.effective_precision,
              sc.status, x.sender, x.funding_at_stake, 'status'
            FROM status_change sc JOIN doj_letter x ON x.id = sc.doj_letter_id AND x.publication_state = 'PUBLISHED'
              JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE sc.effective_on > :after AND sc.effective_on <= :until AND NOT sc.migrated_initial
              AND (x.sent_on IS NULL OR x.sent_on <= :after OR x.sent_on > :until)
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'FUNDING_THREAT', x.id, j.id, j.slug, j.name, j.state_code, sc.effective_on, sc.effective_precision,
              sc.status, x.issuing_authority, x.programme, 'status'
            FROM status_change sc
              JOIN funding_threat x ON x.id = sc.funding_threat_id AND x.publication_state = 'PUBLISHED'
              JOIN jurisdiction j ON j.id = x.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE sc.effective_on > :after AND sc.effective_on <= :until AND NOT sc.migrated_initial
              AND (x.announced_on IS NULL OR x.announced_on <= :after OR x.announced_on > :until)
              AND (:state IS NULL OR j.state_code = :state)
            UNION ALL
            SELECT 'COURT_CASE', x.id, j.id, j.slug, j.name, j.state_code, sc.effective_on, sc.effective_precision,
              sc.status, x.name, x.outcome, 'status'
            FROM status_change sc JOIN court_case x ON x.id = sc.court_case_id AND x.publication_state = 'PUBLISHED'
              JOIN funding_threat t ON t.id = x.funding_threat_id AND t.publication_state = 'PUBLISHED'
              JOIN jurisdiction j ON j.id = t.jurisdiction_id AND j.publication_state = 'PUBLISHED'
            WHERE sc.effective_on > :after AND sc.effective_on <= :until AND NOT sc.migrated_initial
              AND (x.ruling_on IS NULL OR x.ruling_on <= :after OR x.ruling_on > :until)
              AND (:state IS NULL OR j.state_code = :state)""",
            row -> new DatedRecordRow(
                    row.getString(1),
                    row.getLong(2),
                    row.getLong(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6),
                    row.getObject(7, LocalDate.class),
                    row.getString(8) == null ? null : DatePrecision.valueOf(row.getString(8)),
                    row.getString(9),
                    row.getString(10),
                    row.getString(11),
                    row.getString(12)));

    /**
     * The distinct (state, date) pairs, on or before {@code until}, where a record of a jurisdiction in the
     * state is dated, in no particular order: one reading gives every state's dates and the whole map's.
     * A letter's, threat's or court case's status change counts by its effective date (the first day of
     * a month or year, as the as-of views and {@link #datedIn} read it), not an entry made from the
     * record's own status ({@code migrated_initial}: dated by the record's own date, or by one since
     * corrected), nor an undated one.
     */
    @Query("""
            SELECT DISTINCT j.state_code, u.dated_on FROM (
              SELECT x.sent_on AS dated_on, x.jurisdiction_id FROM doj_letter x
                WHERE x.sent_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.announced_on, x.jurisdiction_id FROM funding_threat x
                WHERE x.announced_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.ruling_on, t.jurisdiction_id FROM court_case x
                JOIN funding_threat t ON t.id = x.funding_threat_id AND t.publication_state = 'PUBLISHED'
                WHERE x.ruling_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.said_on, x.jurisdiction_id FROM statement x
                JOIN person p ON p.id = x.person_id AND p.publication_state = 'PUBLISHED'
                WHERE x.said_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.designated_on, x.jurisdiction_id FROM designation x
                WHERE x.designated_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.occurred_on, ej.jurisdiction_id FROM event x
                JOIN event_jurisdiction ej ON ej.event_id = x.id
                WHERE x.occurred_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.valid_from_on, x.jurisdiction_id FROM policy_position x
                WHERE x.valid_from_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT x.valid_to_on, x.jurisdiction_id FROM policy_position x
                WHERE x.valid_to_on <= :until AND x.publication_state = 'PUBLISHED'
              UNION ALL SELECT sc.effective_on, x.jurisdiction_id FROM status_change sc
                JOIN doj_letter x ON x.id = sc.doj_letter_id AND x.publication_state = 'PUBLISHED'
                WHERE sc.effective_on <= :until AND NOT sc.migrated_initial
              UNION ALL SELECT sc.effective_on, x.jurisdiction_id FROM status_change sc
                JOIN funding_threat x ON x.id = sc.funding_threat_id AND x.publication_state = 'PUBLISHED'
                WHERE sc.effective_on <= :until AND NOT sc.migrated_initial
              UNION ALL SELECT sc.effective_on, t.jurisdiction_id FROM status_change sc
                JOIN court_case x ON x.id = sc.court_case_id AND x.publication_state = 'PUBLISHED'
                JOIN funding_threat t ON t.id = x.funding_threat_id AND t.publication_state = 'PUBLISHED'
                WHERE sc.effective_on <= :until AND NOT sc.migrated_initial
            ) u JOIN jurisdiction j ON j.id = u.jurisdiction_id AND j.publication_state = 'PUBLISHED'""")
    public abstract List<StateChangeDate> changeDates(LocalDate until);
}

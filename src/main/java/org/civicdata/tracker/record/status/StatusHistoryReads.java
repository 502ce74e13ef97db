package org.civicdata.tracker.record.status;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.citation.CitedSource;
import org.civicdata.tracker.infra.db.MappedRows;

/**
 * Reads of the status history for the public side (read-only): the entries in effect on a date of every
 * published letter or threat attached to a jurisdiction, one query per kind for a whole listing, each
 * parent's in history order (effective date, then id; undated entries are never in effect on a date),
 * and the published sources that entries cite. For the listing (every published letter and threat of
 * 25,000 jurisdictions at once) the rows are narrow and mapped by position ({@link MappedRows}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public abstract class StatusHistoryReads implements GenericRepository<StatusChange, Long> {

    /** A published letter or threat attached to a jurisdiction: its own date and its current (derived) status. */
    public record Listed(long id, long jurisdictionId, LocalDate datedOn, String status) {}

    private static final MappedRows.RowMapper<Listed> LISTED =
            row -> new Listed(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class), row.getString(4));
    private static final MappedRows<Listed> LETTERS = new MappedRows<>("""
            SELECT id, jurisdiction_id, sent_on, status FROM doj_letter
            WHERE jurisdiction_id IS NOT NULL AND publication_state = 'PUBLISHED' ORDER BY sent_on, id""", LISTED);
    private static final MappedRows<Listed> THREATS = new MappedRows<>("""
            SELECT id, jurisdiction_id, announced_on, status FROM funding_threat
            WHERE jurisdiction_id IS NOT NULL AND publication_state = 'PUBLISHED' ORDER BY announced_on, id""", LISTED);
    private static final MappedRows.RowMapper<Map.Entry<Long, String>> IN_EFFECT =
            row -> Map.entry(row.getLong(1), row.getString(2));
    private static final MappedRows<Map.Entry<Long, String>> LETTERS_ON = new MappedRows<>("""
            SELECT sc.doj_letter_id, sc.status FROM status_change sc JOIN doj_letter l ON l.id = sc.doj_letter_id
            WHERE l.publication_state = 'PUBLISHED' AND l.jurisdiction_id IS NOT NULL AND sc.effective_on <= :asOf
            ORDER BY sc.doj_letter_id, sc.effective_on, sc.id""", IN_EFFECT);
    private static final MappedRows<Map.Entry<Long, String>> THREATS_ON = new MappedRows<>("""
            SELECT sc.funding_threat_id, sc.status FROM status_change sc
              JOIN funding_threat t ON t.id = sc.funding_threat_id
            WHERE t.publication_state = 'PUBLISHED' AND t.jurisdiction_id IS NOT NULL AND sc.effective_on <= :asOf
            ORDER BY sc.funding_threat_id, sc.effective_on, sc.id""", IN_EFFECT);

    private final JdbcOperations jdbc;

    protected StatusHistoryReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published letter attached to a jurisdiction, by date sent (then id; undated first). */
    public List<Listed> publishedLetters() {
        return LETTERS.list(jdbc, Map.of());
    }

    /** Every published funding threat attached to a jurisdiction, by date announced (then id; undated first). */
    public List<Listed> publishedThreats() {
        return THREATS.list(jdbc, Map.of());
    }

    /** The status in effect on {@code asOf} of each published letter attached to a jurisdiction that had one then. */
    public Map<Long, String> letterStatusesOn(LocalDate asOf) {
        return latest(LETTERS_ON.list(jdbc, Map.of("asOf", asOf)));
    }

    /** {@link #letterStatusesOn}, of funding threats. */
    public Map<Long, String> threatStatusesOn(LocalDate asOf) {
        return latest(THREATS_ON.list(jdbc, Map.of("asOf", asOf)));
    }

    /** The last status of each parent among entries in history order: the one in effect. */
    private static Map<Long, String> latest(List<Map.Entry<Long, String>> inHistoryOrder) {
        Map<Long, String> latest = new HashMap<>();
        inHistoryOrder.forEach(e -> latest.put(e.getKey(), e.getValue()));
        return latest;
    }

    /** The published source each entry cites, by entry ({@code recordId} is the entry's id). Callers pass a non-empty id list. */
    @Query("""
            SELECT sc.id AS record_id, s.id, s.title, s.publication, s.author, s.url, s.published_on,
              s.published_precision, s.published_inferred, s.seed_document
            FROM status_change sc JOIN source s ON s.id = sc.source_id
            WHERE sc.id IN (:entryIds) AND s.publication_state = 'PUBLISHED'""")
    public abstract List<CitedSource> findPublishedSources(Collection<Long> entryIds);
}

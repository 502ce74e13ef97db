package org.civicdata.tracker.record.policy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.infra.db.MappedRows;

/**
 * The published policy positions a stance is derived from, by jurisdiction, only the four values
 * {@link StanceRule} reads, in {@link PolicyPositionRepository#STANCE_ORDER} (start date, then id; a
 * position with no start first, as MySQL sorts nulls). For "What changed", which derives the stance at
 * two dates for up to every jurisdiction at once: thousands of rows, mapped by position ({@link MappedRows}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public abstract class StancePositionRepository implements GenericRepository<PolicyPosition, Long> {

    /** A position of a jurisdiction, as its stance sees it. */
    private record Row(long jurisdictionId, StanceRule.Position position) {}

    private static final String COLUMNS = "SELECT jurisdiction_id, variable, value, valid_from_on, valid_to_on";
    private static final String ORDER = " ORDER BY valid_from_on, id";
    private static final MappedRows.RowMapper<Row> ROW = row -> new Row(
            row.getLong(1),
            new StanceRule.Position(
                    PolicyVariable.valueOf(row.getString(2)),
                    PolicyValue.valueOf(row.getString(3)),
                    row.getObject(4, LocalDate.class),
                    row.getObject(5, LocalDate.class)));
    private static final MappedRows<Row> OF = new MappedRows<>(
            COLUMNS + " FROM policy_position WHERE jurisdiction_id IN (:ids) AND publication_state = 'PUBLISHED'"
                    + ORDER,
            ROW);
    private static final MappedRows<Row> ALL =
            new MappedRows<>(COLUMNS + " FROM policy_position WHERE publication_state = 'PUBLISHED'" + ORDER, ROW);

    private final JdbcOperations jdbc;

    protected StancePositionRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The published positions of these jurisdictions (those with none are absent). */
    public Map<Long, List<StanceRule.Position>> publishedOf(Collection<Long> jurisdictionIds) {
        return jurisdictionIds.isEmpty() ? Map.of() : byJurisdiction(OF.list(jdbc, Map.of("ids", jurisdictionIds)));
    }

    /** Every published position, of every jurisdiction (those with none are absent). */
    public Map<Long, List<StanceRule.Position>> everyPublished() {
        return byJurisdiction(ALL.list(jdbc, Map.of()));
    }

    private static Map<Long, List<StanceRule.Position>> byJurisdiction(List<Row> rows) {
        Map<Long, List<StanceRule.Position>> by = new LinkedHashMap<>();
        rows.forEach(r -> by.computeIfAbsent(r.jurisdictionId(), id -> new java.util.ArrayList<>())
                .add(r.position()));
        return by;
    }
}

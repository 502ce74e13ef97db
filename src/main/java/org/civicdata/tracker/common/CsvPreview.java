package org.civicdata.tracker.common;

import java.util.List;

/**
 * A CSV import checked and not yet written: its rows, what each will do, and every problem found. It
 * may be written only without problems, and then all rows are written or none.
 */
public interface CsvPreview<R extends CsvRow> {

    List<R> rows();

    List<CsvProblem> problems();

    default long count(CsvRowOutcome.Kind kind) {
        return rows().stream().filter(r -> r.outcome().kind() == kind).count();
    }

    /** How many rows create a record. */
    default long creates() {
        return count(CsvRowOutcome.Kind.NEW);
    }

    /** How many rows update a record (changing something, or not). */
    default long updates() {
        return rows().size() - creates();
    }

    /** How many rows match a record and change nothing: committing skips them. */
    default long unchanged() {
        return count(CsvRowOutcome.Kind.UNCHANGED);
    }

    default boolean canCommit() {
        return problems().isEmpty() && rows().stream().anyMatch(r -> r.outcome().writes());
    }
}

package org.civicdata.tracker.common;

import java.util.List;

/**
 * A CSV import checked and not yet written: its rows, and every problem found. It may be written
 * only without problems, and then all rows are written or none.
 */
public interface CsvPreview<R> {

    List<R> rows();

    List<CsvProblem> problems();

    /** How many rows create a record (the others update one). */
    long creates();

    default long updates() {
        return rows().size() - creates();
    }

    default boolean canCommit() {
        return problems().isEmpty() && !rows().isEmpty();
    }
}

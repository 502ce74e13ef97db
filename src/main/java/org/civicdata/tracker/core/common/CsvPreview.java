package org.civicdata.tracker.core.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

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

    /**
     * Writes the rows in order, all or nothing (in the caller's transaction), skipping those that change
     * nothing. {@code prepare} is given every row and readies its save; it may refuse the whole file,
     * naming the line, when what the row updates moved on since the preview. A save refused (invalid, not
     * permitted, records depending on it) stops the import naming its line. {@code progress} hears how
     * many rows are done.
     *
     * @return how many rows were written
     * @throws InvalidInputException (nothing written) if the preview has problems, or a row is refused
     */
    default int commit(IntConsumer progress, Function<R, Runnable> prepare) {
        if (!problems().isEmpty()) {
            throw new InvalidInputException("file", "Fix the problems in the file first; nothing was written.");
        }
        int done = 0;
        int written = 0;
        for (R row : rows()) {
            Runnable save = prepare.apply(row);
            if (!row.outcome().writes()) {
                progress.accept(++done);
                continue;
            }
            written++;
            try {
                save.run();
            } catch (InvalidInputException | NotPermittedException | DependentRecordsException e) {
                throw new InvalidInputException(
                        "file", "line " + row.line() + ": " + e.getMessage() + " Nothing was written.");
            }
            progress.accept(++done);
        }
        return written;
    }
}

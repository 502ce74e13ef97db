package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One data line of an imported CSV file, read by the header's columns, the same way for every import.
 * A line with fewer cells than the header reads the missing ones as empty (some tools drop trailing
 * empty cells); a line with more cells than the header, beyond empty ones, is a problem naming the
 * line: its values would land in the wrong columns (most often a comma inside a value that is not in
 * double quotes).
 */
public final class CsvLine {

    private CsvLine() {}

    /** What a type's import makes of one data line: its row, or null when the line has problems (added to {@code problems}). */
    public interface Check<R> {
        @Nullable
        R row(long line, Map<String, String> values, List<String> columns, List<CsvProblem> problems);
    }

    /** A whole file as read: its columns, the rows its lines make, and every problem found (none written). */
    public record Read<R>(List<String> columns, List<R> rows, List<CsvProblem> problems) {}

    /**
     * Reads an imported file the same way for every import: the header against the layout's columns
     * (unknown or missing required ones are problems of line 1, and then no line is read), then each
     * data line by the header's columns ({@link #cells}), each cell as {@code cell} makes it, checked by
     * the type.
     *
     * @param trimmed whether the reader trims the spaces around unquoted cells (a quote's are part of it:
     *                a type that keeps text verbatim trims in {@code cell}, column by column); when not, the
     *                header's names are trimmed
     * @param cell    the cell as the type reads it, from its column and the text in the file
     */
    public static <R> Read<R> read(
            Reader csv,
            boolean trimmed,
            Collection<String> known,
            Collection<String> required,
            BinaryOperator<String> cell,
            Check<R> check)
            throws IOException {
        List<CsvProblem> problems = new ArrayList<>();
        List<R> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(trimmed)
                .build()
                .parse(csv)) {
            List<String> columns = trimmed
                    ? parser.getHeaderNames()
                    : parser.getHeaderNames().stream().map(String::trim).toList();
            problems.addAll(CsvProblem.ofHeader(columns, known, required));
            if (!problems.isEmpty()) {
                return new Read<>(columns, rows, problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Map<String, String> values = cells(record, columns, line, problems);
                values.replaceAll(cell);
                R row = check.row(line, values, columns, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            return new Read<>(columns, rows, problems);
        }
    }

    /**
     * The line's cells by column, as written in the file ({@link CsvCells#read} not applied, nothing
     * trimmed); adds a problem to {@code problems} when the line has more cells than there are columns.
     */
    public static Map<String, String> cells(
            CSVRecord record, List<String> columns, long line, List<CsvProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), i < record.size() ? record.get(i) : "");
        }
        int extra = 0;
        for (int i = columns.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                extra++;
            }
        }
        if (extra > 0) {
            problems.add(new CsvProblem(
                    line,
                    "cell " + (columns.size() + 1),
                    "this line has " + record.size() + " cells but the header has "
                            + columns.size()
                            + " columns, so values would land in the wrong columns; put a value that holds a "
                            + "comma in double quotes (\"Washington, D.C.\")."));
        }
        return values;
    }
}

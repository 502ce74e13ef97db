package org.civicdata.tracker.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One data line of an imported CSV file, read by the header's columns, the same way for every import.
 * A line with fewer cells than the header reads the missing ones as empty (some tools drop trailing
 * empty cells); a line with more cells than the header, beyond empty ones, is a problem naming the
 * line: its values would land in the wrong columns (most often a comma inside a value that is not in
 * double quotes).
 */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * The line's cells by column, as written in the file ({@link CsvCells#read} not applied, nothing
     * trimmed); adds a problem to {@code problems} when the line has more cells than there are columns.
     */
    public static Map<String, String> cells(CSVRecord record, List<String> columns, long line, List<CsvProblem> problems) {
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
            problems.add(new CsvProblem(line, "cell " + (columns.size() + 1), "this line has " + record.size() + " cells but the header has "
                    + columns.size() + " columns, so values would land in the wrong columns; put a value that holds a "
                    + "comma in double quotes (\"Washington, D.C.\")."));
        }
        return values;
    }
}

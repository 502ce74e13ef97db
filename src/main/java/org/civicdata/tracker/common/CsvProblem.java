package org.civicdata.tracker.common;

/** One problem found in an imported CSV file: the line (the header is line 1), the column, what is wrong. */
public record CsvProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", " + column + ": " + message;
    }
}

package org.civicdata.tracker.common;

/** One problem found in an imported CSV file: the line (the header is line 1), the column, what is wrong. */
public record CsvProblem(long line, String column, String message) {

    /** The header's problems (line 1): columns the layout does not know, required columns missing. */
    public static java.util.List<CsvProblem> ofHeader(java.util.List<String> columns, java.util.Collection<String> known,
                                                      java.util.Collection<String> required) {
        java.util.List<CsvProblem> problems = new java.util.ArrayList<>();
        for (String column : columns) {
            if (!known.contains(column)) {
                problems.add(new CsvProblem(1, column, "'" + column + "' is not a column this import reads; remove it "
                        + "(nothing in it would be written). The columns it reads are " + String.join(", ", known) + "."));
            }
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                problems.add(new CsvProblem(1, column, "the required column '" + column + "' is missing"));
            }
        }
        return problems;
    }

    @Override
    public String toString() {
        return "line " + line + ", " + column + ": " + message;
    }
}

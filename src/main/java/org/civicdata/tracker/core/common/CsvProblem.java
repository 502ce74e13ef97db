package org.civicdata.tracker.core.common;

/** One problem found in an imported CSV file: the line (the header is line 1), the column, what is wrong. */
public record CsvProblem(long line, String column, String message) {

    /** The header's problems (line 1): columns the layout does not know, required columns missing. */
    public static java.util.List<CsvProblem> ofHeader(
            java.util.List<String> columns, java.util.Collection<String> known, java.util.Collection<String> required) {
        java.util.List<CsvProblem> problems = new java.util.ArrayList<>();
        for (String column : columns) {
            if (!known.contains(column)) {
                problems.add(new CsvProblem(
                        1,
                        column,
                        "'" + column + "' is not a column this import reads; remove it "
                                + "(nothing in it would be written). The columns it reads are "
                                + String.join(", ", known) + "."));
            }
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                problems.add(new CsvProblem(1, column, "the required column '" + column + "' is missing"));
            }
        }
        return problems;
    }

    /**
     * Why a file could not be read at all (the exception the CSV reader threw: a quoted cell not closed,
     * a column name twice, bytes that are not UTF-8), in words for whoever fixes the file: Commons CSV's
     * and Java's own messages are not.
     */
    public static String unreadable(Exception e) {
        if (e instanceof java.nio.charset.CharacterCodingException
                || e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return "The file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again. Nothing was written.";
        }
        String text = String.valueOf(e.getMessage());
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)").matcher(text);
        String near = line.find() ? "near line " + line.group(1) + ", " : "";
        String reason;
        if (text.contains("encapsulated token") || text.contains("EOF reached")) {
            reason = near + "a quoted cell is not closed (each \" that opens a cell needs one that closes it).";
        } else if (text.contains("duplicate name")) {
            reason = "a column name appears twice in the header row.";
        } else {
            reason = near + "check that the first row holds the column names and each cell is separated by a comma.";
        }
        return "The file is not CSV this import can read: " + reason + " Nothing was written.";
    }

    @Override
    public String toString() {
        return "line " + line + ", " + column + ": " + message;
    }
}

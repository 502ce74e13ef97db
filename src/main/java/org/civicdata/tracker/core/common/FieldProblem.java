package org.civicdata.tracker.core.common;

/**
 * One thing wrong with a record's input: the field (as the staff form names it) and a message a staff
 * member reads, which names the field in words. Each caller shows it where its input came from: next to
 * a form field, at a CSV line and column, at a seed file, record and field.
 */
public record FieldProblem(String field, String message) {

    /** The problem as the exception the staff form shows next to its field. */
    public InvalidInputException toException() {
        return new InvalidInputException(field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}

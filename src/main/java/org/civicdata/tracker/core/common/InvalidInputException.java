package org.civicdata.tracker.core.common;

/** Input refused before anything was written; names the field and what is wrong with it. */
public final class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

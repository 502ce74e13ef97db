package org.civicdata.tracker.publicapi;

/** A public request's query parameter is malformed or names an unknown value: answered with a 400. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

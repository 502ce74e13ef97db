package org.civicdata.tracker.core.common;

/** The signed-in staff member's role does not allow this action; nothing was written. */
public final class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}

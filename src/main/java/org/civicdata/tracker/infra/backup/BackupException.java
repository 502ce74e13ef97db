package org.civicdata.tracker.infra.backup;

/** A backup or restore that was refused or failed; the message says why and what to do, for the operator. */
public final class BackupException extends Exception {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}

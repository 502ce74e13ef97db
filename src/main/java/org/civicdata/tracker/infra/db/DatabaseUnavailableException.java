package org.civicdata.tracker.infra.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached: it is down, paused, or not answering in time. Thrown by the app
 * itself when it knows so already ({@link DatabaseHealth}); {@link #isCauseOf} recognises the same
 * condition in what the pool, the driver and Micronaut Data throw, so the edges map it in one place
 * each (a 503 on the public side, a sentence in the staff UI) instead of a 500 or a stack trace.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    /**
     * Whether {@code failure} (or anything it was caused by) says the database could not be reached:
     * no pooled connection within the pool's timeout, a refused or broken connection, a read that
     * timed out (SQLState class 08, "connection exception", and the driver's communications errors).
     */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof SocketTimeoutException
                    || t.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database was lost while a transaction was being committed: the commit was sent but
     * its answer never came, so whether it took effect is not known until the database is back.
     */
    public static boolean lostDuringCommit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("io.micronaut.transaction.exceptions.TransactionSystemException")
                    && String.valueOf(t.getMessage()).startsWith("Could not commit")) {
                return isCauseOf(t);
            }
        }
        return false;
    }
}

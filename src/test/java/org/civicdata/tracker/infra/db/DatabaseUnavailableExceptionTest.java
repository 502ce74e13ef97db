package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** What counts as "the database cannot be reached", as the pool, the driver and Micronaut Data say it. */
class DatabaseUnavailableExceptionTest {

    @Test
    void theWaysTheDatabaseIsFoundUnreachableAreRecognisedThroughWrappers() {
        SQLTransientConnectionException poolTimedOut = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms.");
        assertThat(DatabaseUnavailableException.isCauseOf(
                        new CannotCreateTransactionException("Could not open", poolTimedOut)))
                .isTrue();
        assertThat(DatabaseUnavailableException.isCauseOf(new DataAccessException(
                        "Error executing SQL",
                        new CommunicationsException(
                                "Communications link failure", new java.net.SocketTimeoutException("Read timed out")))))
                .isTrue();
        assertThat(DatabaseUnavailableException.isCauseOf(
                        new DataAccessException("x", new SQLException("closed", "08003"))))
                .isTrue();
        assertThat(DatabaseUnavailableException.isCauseOf(new DatabaseUnavailableException("down")))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailableException.isCauseOf(new DataAccessException(
                        "dup", new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(DatabaseUnavailableException.isCauseOf(
                        new DataAccessException("x", new SQLException("syntax", "42000"))))
                .isFalse();
        assertThat(DatabaseUnavailableException.isCauseOf(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void aCommitWhoseAnswerNeverCameIsToldApart() {
        Exception lostCommit = new TransactionSystemException(
                "Could not commit JDBC transaction", new CommunicationsException("Communications link failure", null));
        assertThat(DatabaseUnavailableException.lostDuringCommit(lostCommit)).isTrue();
        assertThat(DatabaseUnavailableException.lostDuringCommit(new CannotCreateTransactionException(
                        "Could not open", new SQLTransientConnectionException("timed out"))))
                .isFalse();
    }
}

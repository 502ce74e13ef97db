package org.civicdata.tracker.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SignInAttemptRepository extends CrudRepository<SignInAttempt, Long> {

    /** Failed attempts for a user name since {@code since} and since that user's last success. */
    @Query("""
            SELECT COUNT(*) FROM sign_in_attempt
            WHERE username = :username AND succeeded = FALSE AND attempted_at > :since
              AND attempted_at > COALESCE((SELECT MAX(s.attempted_at) FROM sign_in_attempt s
                                           WHERE s.username = :username AND s.succeeded = TRUE), :since)""")
    long countRecentFailures(String username, Instant since);

    long countByRemoteAddressAndSucceededAndAttemptedAtGreaterThan(String remoteAddress, boolean succeeded,
                                                                  Instant since);

    Optional<Instant> findMaxAttemptedAtByUsernameAndSucceeded(String username, boolean succeeded);
}

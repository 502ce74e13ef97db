package org.civicdata.tracker.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sign-in log and its lock rows (V2, V8). Failed means: refused, or never finished (NULL). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SignInAttemptRepository extends CrudRepository<SignInAttempt, Long> {

    @Query("INSERT IGNORE INTO sign_in_lock (lock_key) VALUES (:key)")
    void insertLockIfMissing(String key);

    /** Locks the row until the transaction ends; returns when an admin last cleared it (1970 if never). */
    @Query("SELECT COALESCE(cleared_at, FROM_UNIXTIME(1)) FROM sign_in_lock WHERE lock_key = :key FOR UPDATE")
    Instant lockClearedAt(String key);

    @Query("UPDATE sign_in_lock SET cleared_at = :at, cleared_by = :by WHERE lock_key = :key")
    void updateCleared(String key, Instant at, String by);

    /** Attempts for a user name from an address that failed (or never finished) since {@code since} and after {@code afterId}. */
    @Query("""
            SELECT COUNT(*) FROM sign_in_attempt WHERE username = :username AND remote_address <=> :address
              AND attempted_at > :since AND id > :afterId AND (succeeded IS NULL OR succeeded = FALSE)""")
    long countFailedFromAddress(String username, @Nullable String address, Instant since, long afterId);

    /** Attempts for a user name, from anywhere, that failed (or never finished) since {@code since} and after {@code afterId}. */
    @Query("""
            SELECT COUNT(*) FROM sign_in_attempt WHERE username = :username
              AND attempted_at > :since AND id > :afterId AND (succeeded IS NULL OR succeeded = FALSE)""")
    long countFailed(String username, Instant since, long afterId);

    /**
     * The id of the last successful sign-in to a user name (0 if none): failures after it count.
     * Ids, not times: the log's times are kept to the second, and a burst fits in one.
     */
    @Query("SELECT COALESCE(MAX(id), 0) FROM sign_in_attempt WHERE username = :username AND succeeded = TRUE")
    long lastSuccessId(String username);

    /** Attempts from an address, for any user name, that failed (or never finished) since {@code since}. */
    @Query("""
            SELECT COUNT(*) FROM sign_in_attempt WHERE remote_address = :address
              AND attempted_at > :since AND (succeeded IS NULL OR succeeded = FALSE)""")
    long countFailedFromAnyName(String address, Instant since);

    /** The last successful sign-in to a user name, from a given address or (address null) from anywhere. */
    @Query("""
            SELECT MAX(attempted_at) FROM sign_in_attempt WHERE username = :username AND succeeded = TRUE
              AND (:anywhere = TRUE OR remote_address <=> :address)""")
    Optional<Instant> lastSuccess(String username, @Nullable String address, boolean anywhere);

    /** The last attempt to a user name from an address that had never signed in to it. */
    @Query("SELECT MAX(attempted_at) FROM sign_in_attempt WHERE username = :username AND known_address = FALSE")
    Optional<Instant> lastFromUnknownAddress(String username);

    @Query("UPDATE sign_in_attempt SET succeeded = :succeeded WHERE id = :id AND succeeded IS NULL")
    void updateOutcome(long id, boolean succeeded);

    /** Recent failed attempts, newest first, for admins. */
    @Query("""
            SELECT * FROM sign_in_attempt WHERE attempted_at > :since AND (succeeded IS NULL OR succeeded = FALSE)
            ORDER BY attempted_at DESC LIMIT 200""")
    List<SignInAttempt> findRecentFailures(Instant since);
}

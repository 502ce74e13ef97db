package org.civicdata.tracker.core.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The public writes of the audit trail (V12: {@code public_before}, {@code public_after}, and
 * {@code audit_entry_jurisdiction}, the jurisdictions each is shown under), in the order of their ids,
 * which is the order they became public ({@link ChangePlaces}). Each listing gives entry ids after a
 * given one; each reads one index in that order.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PublicChangeRepository extends GenericRepository<AuditEntry, Long> {

    /** Files a public entry under jurisdictions, with their state and kind as they are now. */
    @Query("""
            INSERT INTO audit_entry_jurisdiction (audit_entry_id, jurisdiction_id, state_code, kind)
            SELECT :entryId, id, state_code, kind FROM jurisdiction WHERE id IN (:jurisdictionIds)""")
    void file(long entryId, Collection<Long> jurisdictionIds);

    @Query("""
            SELECT id FROM audit_entry WHERE id > :after AND (public_before OR public_after)
            ORDER BY id LIMIT :limit""")
    List<Long> after(long after, int limit);

    @Query("""
            SELECT audit_entry_id FROM audit_entry_jurisdiction
            WHERE jurisdiction_id = :jurisdictionId AND audit_entry_id > :after
            ORDER BY audit_entry_id LIMIT :limit""")
    List<Long> afterInJurisdiction(long jurisdictionId, long after, int limit);

    @Query("""
            SELECT audit_entry_id FROM audit_entry_jurisdiction
            WHERE state_code = :state AND audit_entry_id > :after AND (:kind IS NULL OR kind = :kind)
            GROUP BY audit_entry_id ORDER BY audit_entry_id LIMIT :limit""")
    List<Long> afterInState(String state, @Nullable String kind, long after, int limit);

    @Query("""
            SELECT audit_entry_id FROM audit_entry_jurisdiction WHERE kind = :kind AND audit_entry_id > :after
            GROUP BY audit_entry_id ORDER BY audit_entry_id LIMIT :limit""")
    List<Long> afterOfKind(String kind, long after, int limit);

    /** The latest entries before a given one, newest first (an Atom feed's page). */
    @Query("""
            SELECT id FROM audit_entry WHERE id < :before AND (public_before OR public_after)
            ORDER BY id DESC LIMIT :limit""")
    List<Long> latest(long before, int limit);

    @Query("""
            SELECT audit_entry_id FROM audit_entry_jurisdiction
            WHERE jurisdiction_id = :jurisdictionId AND audit_entry_id < :before
            ORDER BY audit_entry_id DESC LIMIT :limit""")
    List<Long> latestInJurisdiction(long jurisdictionId, long before, int limit);

    /** The first entry written at or after a time (ids follow time, give or take a transaction). */
    @Query("SELECT id FROM audit_entry WHERE occurred_at >= :at ORDER BY occurred_at, id LIMIT 1")
    Optional<Long> firstAtOrAfter(Instant at);

    /** The jurisdictions entries are filed under, with their slug and name now (null if deleted since). */
    @Query("""
            SELECT p.audit_entry_id, p.jurisdiction_id, p.state_code, p.kind, j.slug, j.name
            FROM audit_entry_jurisdiction p LEFT JOIN jurisdiction j ON j.id = p.jurisdiction_id
            WHERE p.audit_entry_id IN (:entryIds) ORDER BY p.audit_entry_id, j.name""")
    List<Place> places(Collection<Long> entryIds);

    @Introspected
    record Place(
            long auditEntryId,
            long jurisdictionId,
            String stateCode,
            String kind,
            @Nullable String slug,
            @Nullable String name) {}
}

package org.civicdata.tracker.record.event;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.List;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventRepository extends PublishableRepository<Event> {

    @Override
    default RecordType recordType() {
        return RecordType.EVENT;
    }

    @Query("INSERT INTO event_jurisdiction (event_id, jurisdiction_id) VALUES (:eventId, :jurisdictionId)")
    void addJurisdiction(long eventId, long jurisdictionId);

    @Query("""
            SELECT e.* FROM event e JOIN event_jurisdiction ej ON ej.event_id = e.id
            WHERE ej.jurisdiction_id = :jurisdictionId AND e.publication_state = 'PUBLISHED'
            ORDER BY e.occurred_on, e.id""")
    List<Event> findPublishedByJurisdiction(long jurisdictionId);

    /** Every event that concerns a jurisdiction, drafts too (its staff editor). */
    @Query("""
            SELECT e.* FROM event e JOIN event_jurisdiction ej ON ej.event_id = e.id
            WHERE ej.jurisdiction_id = :jurisdictionId
            ORDER BY e.occurred_on, e.id""")
    List<Event> findByJurisdiction(long jurisdictionId);

    @Query("SELECT jurisdiction_id FROM event_jurisdiction WHERE event_id = :eventId")
    List<Long> findJurisdictionIds(long eventId);

    @Query("DELETE FROM event_jurisdiction WHERE event_id = :eventId")
    void removeJurisdictions(long eventId);
}

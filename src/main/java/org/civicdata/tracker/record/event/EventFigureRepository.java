package org.civicdata.tracker.record.event;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.util.Collection;
import java.util.List;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventFigureRepository extends CrudRepository<EventFigure, Long> {

    List<EventFigure> findByEventIdInOrderByPosition(Collection<Long> eventIds);

    void deleteByEventId(long eventId);
}

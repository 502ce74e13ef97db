package org.civicdata.tracker.record.event;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventFigureRepository extends CrudRepository<EventFigure, Long> {

    List<EventFigure> findByEventIdInOrderByPosition(Collection<Long> eventIds);

    void deleteByEventId(long eventId);
}

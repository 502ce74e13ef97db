package org.civicdata.tracker.core.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The text and decimal columns' sizes, as the migrations declared them (read from the database itself). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ColumnLimitRepository extends GenericRepository<AuditEntry, Long> {

    @Query(value = """
            SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name,
              CHARACTER_MAXIMUM_LENGTH AS max_characters, CHARACTER_OCTET_LENGTH AS max_bytes,
              CASE WHEN DATA_TYPE = 'decimal' THEN NUMERIC_PRECISION END AS numeric_precision,
              CASE WHEN DATA_TYPE = 'decimal' THEN NUMERIC_SCALE END AS numeric_scale
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = DATABASE() AND (CHARACTER_MAXIMUM_LENGTH IS NOT NULL OR DATA_TYPE = 'decimal')""", nativeQuery = true)
    List<ColumnLimit> findColumnLimits();
}

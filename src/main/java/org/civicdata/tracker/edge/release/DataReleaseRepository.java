package org.civicdata.tracker.edge.release;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRepository;

/** Releases, written only through the audited path (as records of type RELEASE). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DataReleaseRepository extends TrackedRepository<DataRelease> {

    @Override
    default RecordType recordType() {
        return RecordType.RELEASE;
    }

    Optional<DataRelease> findByReleaseDate(LocalDate releaseDate);

    List<DataRelease> listOrderByReleaseDateDesc();

    /** The data version a release is made from: every audit entry but releases' own. */
    @Query("SELECT COUNT(*) FROM audit_entry WHERE record_type <> 'RELEASE'")
    long countDataChanges();
}

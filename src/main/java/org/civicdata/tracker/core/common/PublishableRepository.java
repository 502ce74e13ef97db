package org.civicdata.tracker.core.common;

import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;

/**
 * A repository of publishable records: adds lookup by seed key (what makes seed loading idempotent),
 * and the criteria queries the staff grids filter with ({@code editing.FilteredRecordsOfType}).
 */
public interface PublishableRepository<T extends PublishableRecord>
        extends TrackedRepository<T>, JpaSpecificationExecutor<T> {

    Optional<T> findBySeedKey(String seedKey);
}

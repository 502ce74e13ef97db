package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.data.model.Sort;
import java.util.List;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.PublishableRepository;

/** The repository of a type of {@link AttachedRecord} (its {@code jurisdictionId}): its records by jurisdiction. */
public interface AttachedRepository<T extends PublishableRecord> extends PublishableRepository<T> {

    /** Every record attached to a jurisdiction, drafts too (its staff editor). */
    List<T> findByJurisdictionId(long jurisdictionId, Sort sort);
}

package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.data.model.Sort;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.Paging;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;

/**
 * The service of a type of {@link AttachedRecord} with a staff grid of its own: the grid's search text
 * also matches the jurisdiction's name, newest change first when not sorted; its records listed by
 * jurisdiction.
 */
public abstract class AttachedRecordsOfType<
                T extends PublishableRecord & AttachedRecord, F extends FilterSpec.Filter<T>>
        extends FilteredRecordsOfType<T, F> {

    private final AttachedRepository<T> repository;
    private final JurisdictionService jurisdictions;
    private final Sort byJurisdiction;

    /** @param byJurisdiction the order of a jurisdiction's records ({@link #ofJurisdiction}) */
    protected AttachedRecordsOfType(
            RecordType type,
            AttachedRepository<T> repository,
            JurisdictionService jurisdictions,
            RecordEditService editor,
            Set<String> sortable,
            Sort byJurisdiction) {
        super(type, repository, editor, sortable, Paging.LATEST_CHANGE, jurisdictions::idsMatching);
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.byJurisdiction = byJurisdiction;
    }

    /** Every record attached to a jurisdiction, drafts included (its staff editor). */
    public List<T> ofJurisdiction(long jurisdictionId) {
        return repository.findByJurisdictionId(jurisdictionId, byJurisdiction);
    }

    /** The name of the record's jurisdiction; "—" for none. */
    protected String jurisdictionName(T record) {
        return jurisdictions.nameOf(record.getJurisdictionId());
    }
}

package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordType;

/**
 * A record attached to a jurisdiction: a policy position, a designation (both always attached), a DOJ
 * letter, a funding threat or a statement (attached when they concern one). It is listed on its
 * jurisdiction's staff editor and public page, and named after it in the history ({@link #REFERENCES}); the
 * staff grids of the first four also match the jurisdiction's name ({@link AttachedRecordsOfType}). An
 * interface, not a superclass: each type keeps its {@code jurisdictionId} where it stands among its fields,
 * which is the order the audit trail lists a change's fields in (a statement's comes after its speaker).
 */
public interface AttachedRecord {

    /** What the history reads the jurisdiction's id as. */
    Map<String, RecordType> REFERENCES = Map.of("jurisdictionId", RecordType.JURISDICTION);

    @Nullable
    Long getJurisdictionId();
}

package org.civicdata.tracker.record.designation;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a designation: the jurisdiction, the label and who applied it. */
@Singleton
class DesignationNaming extends RecordNaming.Of<Designation> {

    DesignationNaming(JurisdictionService jurisdictions) {
        super(
                RecordType.DESIGNATION,
                Designation.class,
                AttachedRecord.REFERENCES,
                r -> jurisdictions.nameOf(r.getJurisdictionId()) + ": “" + r.getLabel() + "” ("
                        + r.getDesignator().label() + ")");
    }
}

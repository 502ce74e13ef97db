package org.civicdata.tracker.record.designation;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a designation: the jurisdiction, the label and who applied it. */
@Singleton
class DesignationNaming extends RecordNaming.Of<Designation> {

    private final JurisdictionService jurisdictions;

    DesignationNaming(JurisdictionService jurisdictions) {
        super(RecordType.DESIGNATION, Designation.class, Map.of("jurisdictionId", RecordType.JURISDICTION));
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String nameOf(Designation r) {
        return jurisdictions.nameOf(r.getJurisdictionId()) + ": “" + r.getLabel() + "” ("
                + r.getDesignator().label() + ")";
    }
}

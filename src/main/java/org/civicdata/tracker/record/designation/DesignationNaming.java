package org.civicdata.tracker.record.designation;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a designation: the jurisdiction, the label and who applied it. */
@Singleton
class DesignationNaming implements RecordNaming<Designation> {

    private final JurisdictionService jurisdictions;

    DesignationNaming(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public RecordType recordType() {
        return RecordType.DESIGNATION;
    }

    @Override
    public Class<Designation> recordClass() {
        return Designation.class;
    }

    @Override
    public String nameOf(Designation r) {
        return jurisdictions.nameOf(r.getJurisdictionId()) + ": “" + r.getLabel() + "” ("
                + r.getDesignator().label() + ")";
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("jurisdictionId", RecordType.JURISDICTION);
    }
}

package org.civicdata.tracker.record.policy;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a policy position: "Chicago: ICE detainer limits — Yes". */
@Singleton
class PolicyPositionNaming implements RecordNaming<PolicyPosition> {

    private final JurisdictionService jurisdictions;

    PolicyPositionNaming(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public RecordType recordType() {
        return RecordType.POLICY_POSITION;
    }

    @Override
    public Class<PolicyPosition> recordClass() {
        return PolicyPosition.class;
    }

    @Override
    public String nameOf(PolicyPosition r) {
        return jurisdictions.nameOf(r.getJurisdictionId()) + ": "
                + r.getVariable().label() + " — " + r.getValue().label();
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("jurisdictionId", RecordType.JURISDICTION);
    }
}

package org.civicdata.tracker.record.policy;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a policy position: "Chicago: ICE detainer limits — Yes". */
@Singleton
class PolicyPositionNaming extends RecordNaming.Of<PolicyPosition> {

    private final JurisdictionService jurisdictions;

    PolicyPositionNaming(JurisdictionService jurisdictions) {
        super(RecordType.POLICY_POSITION, PolicyPosition.class, Map.of("jurisdictionId", RecordType.JURISDICTION));
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String nameOf(PolicyPosition r) {
        return jurisdictions.nameOf(r.getJurisdictionId()) + ": "
                + r.getVariable().label() + " — " + r.getValue().label();
    }
}

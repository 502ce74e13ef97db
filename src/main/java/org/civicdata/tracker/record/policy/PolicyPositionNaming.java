package org.civicdata.tracker.record.policy;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a policy position: "Chicago: ICE detainer limits — Yes". */
@Singleton
class PolicyPositionNaming extends RecordNaming.Of<PolicyPosition> {

    PolicyPositionNaming(JurisdictionService jurisdictions) {
        super(
                RecordType.POLICY_POSITION,
                PolicyPosition.class,
                AttachedRecord.REFERENCES,
                r -> jurisdictions.nameOf(r.getJurisdictionId()) + ": "
                        + r.getVariable().label() + " — " + r.getValue().label());
    }
}

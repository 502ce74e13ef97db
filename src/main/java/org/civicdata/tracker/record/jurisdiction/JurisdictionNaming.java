package org.civicdata.tracker.record.jurisdiction;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a jurisdiction: "Cook County, IL". */
@Singleton
class JurisdictionNaming extends RecordNaming.Of<Jurisdiction> {

    JurisdictionNaming() {
        super(
                RecordType.JURISDICTION,
                Jurisdiction.class,
                Map.of("parentId", RecordType.JURISDICTION),
                r -> r.getName() + ", " + r.getStateCode());
    }
}

package org.civicdata.tracker.jurisdiction;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.common.RecordNaming;
import org.civicdata.tracker.common.RecordType;

/** How people name a jurisdiction: "Cook County, IL". */
@Singleton
class JurisdictionNaming implements RecordNaming<Jurisdiction> {

    @Override
    public RecordType recordType() {
        return RecordType.JURISDICTION;
    }

    @Override
    public Class<Jurisdiction> recordClass() {
        return Jurisdiction.class;
    }

    @Override
    public String nameOf(Jurisdiction r) {
        return r.getName() + ", " + r.getStateCode();
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("parentId", RecordType.JURISDICTION);
    }
}

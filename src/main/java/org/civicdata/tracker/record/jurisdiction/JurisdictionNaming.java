package org.civicdata.tracker.record.jurisdiction;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

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

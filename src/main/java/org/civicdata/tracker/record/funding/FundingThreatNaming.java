package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a funding threat: who made it, how, against whom. */
@Singleton
class FundingThreatNaming implements RecordNaming<FundingThreat> {

    private final JurisdictionService jurisdictions;

    FundingThreatNaming(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public RecordType recordType() {
        return RecordType.FUNDING_THREAT;
    }

    @Override
    public Class<FundingThreat> recordClass() {
        return FundingThreat.class;
    }

    @Override
    public String nameOf(FundingThreat r) {
        return r.getIssuingAuthority() + ": " + r.getInstrument().label()
                + (r.getJurisdictionId() == null ? "" : " against " + jurisdictions.nameOf(r.getJurisdictionId()));
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("jurisdictionId", RecordType.JURISDICTION, "dojLetterId", RecordType.DOJ_LETTER);
    }
}

package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a funding threat: who made it, how, against whom. */
@Singleton
class FundingThreatNaming extends RecordNaming.Of<FundingThreat> {

    FundingThreatNaming(JurisdictionService jurisdictions) {
        super(
                RecordType.FUNDING_THREAT,
                FundingThreat.class,
                Map.of("jurisdictionId", RecordType.JURISDICTION, "dojLetterId", RecordType.DOJ_LETTER),
                r -> r.getIssuingAuthority() + ": " + r.getInstrument().label()
                        + (r.getJurisdictionId() == null
                                ? ""
                                : " against " + jurisdictions.nameOf(r.getJurisdictionId())));
    }

    /** The status history in words (the record's history shows it). */
    @Override
    public java.util.Optional<String> partText(String part, Object value) {
        return org.civicdata.tracker.record.status.StatusHistory.words(part, value, ThreatStatus.class);
    }
}

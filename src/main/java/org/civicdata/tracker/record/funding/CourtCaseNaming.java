package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a court case: its name, or the judge. */
@Singleton
class CourtCaseNaming implements RecordNaming<CourtCase> {

    @Override
    public RecordType recordType() {
        return RecordType.COURT_CASE;
    }

    @Override
    public Class<CourtCase> recordClass() {
        return CourtCase.class;
    }

    @Override
    public String nameOf(CourtCase r) {
        return r.getName() != null
                ? r.getName()
                : r.getJudge() != null ? "(unnamed) ruling by " + r.getJudge() : "(unnamed court case)";
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("fundingThreatId", RecordType.FUNDING_THREAT);
    }
}

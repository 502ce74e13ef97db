package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a court case: its name, or the judge. */
@Singleton
class CourtCaseNaming extends RecordNaming.Of<CourtCase> {

    CourtCaseNaming() {
        super(
                RecordType.COURT_CASE,
                CourtCase.class,
                Map.of("fundingThreatId", RecordType.FUNDING_THREAT),
                r -> r.getName() != null
                        ? r.getName()
                        : r.getJudge() != null ? "(unnamed) ruling by " + r.getJudge() : "(unnamed court case)");
    }

    /** The status history in words (the record's history shows it). */
    @Override
    public java.util.Optional<String> partText(String part, Object value) {
        return org.civicdata.tracker.record.status.StatusHistory.words(part, value, CaseStatus.class);
    }
}

package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.civicdata.tracker.record.status.StatusHistoryParts;
import org.civicdata.tracker.record.status.StatusParent;

/** A court case's status history, its part {@code statusHistory} (a case has no status column: its status is the latest entry's). */
@Singleton
public class CourtCaseHistory extends StatusHistoryParts<CaseStatus> {

    CourtCaseHistory(StatusChangeRepository repository, TextLimits limits) {
        super(StatusParent.COURT_CASE, CaseStatus.class, "ruling", repository, limits);
    }

    /** A case's status before it had a history (as V10 set it): ruled when a ruling date or an outcome is known. */
    public static CaseStatus initialStatus(@Nullable Object rulingOn, @Nullable Object outcome) {
        return rulingOn != null || outcome != null ? CaseStatus.RULED : CaseStatus.FILED;
    }

    @Override
    protected String initialStatus(Map<String, Object> state) {
        return initialStatus(state.get("rulingOn"), state.get("outcome")).name();
    }
}

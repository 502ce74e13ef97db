package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.record.status.StatusChange;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.civicdata.tracker.record.status.StatusHistoryParts;
import org.civicdata.tracker.record.status.StatusParent;

/** A court case's status history, its part {@code statusHistory} (a case has no status column: its status is the latest entry's). */
@Singleton
public class CourtCaseHistory extends StatusHistoryParts<CaseStatus> {

    private final StatusChangeRepository repository;

    CourtCaseHistory(StatusChangeRepository repository, TextLimits limits) {
        super(StatusParent.COURT_CASE, CaseStatus.class, "ruling", repository, limits);
        this.repository = repository;
    }

    /** The ids of the cases in each status, their latest entry's (one query); a status no case is in is absent. */
    public Map<CaseStatus, List<Long>> casesByStatus() {
        return repository.findLatestOfCourtCases().stream()
                .collect(Collectors.groupingBy(
                        c -> CaseStatus.valueOf(c.status()),
                        Collectors.mapping(StatusChange::courtCaseId, Collectors.toList())));
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

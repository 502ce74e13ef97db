package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.status.StatusEntry;

/** Staff work on court cases, each on a funding threat: filtered in SQL; audited edits. */
@Singleton
public class CourtCaseService extends FilteredRecordsOfType<CourtCase, CourtCaseFilter> {

    public static final Set<String> SORTABLE = Set.of("name", "court", "rulingOn", "publicationState", "updatedAt");

    private final CourtCaseHistory history;

    CourtCaseService(CourtCaseRepository repository, RecordEditService editor, CourtCaseHistory history) {
        super(RecordType.COURT_CASE, repository, editor, SORTABLE);
        this.history = history;
    }

    /** The case's status history, in history order. */
    public List<StatusEntry> history(long id) {
        return history.of(id);
    }

    /** The latest status of each of these cases (one query); a case without entries is absent. */
    public Map<Long, CaseStatus> latestStatuses(Collection<Long> caseIds) {
        Map<Long, CaseStatus> latest = new java.util.HashMap<>();
        history.of(caseIds)
                .forEach((id, entries) -> latest.put(
                        id, CaseStatus.valueOf(entries.get(entries.size() - 1).status())));
        return latest;
    }

    /**
     * Saves the case with its status history (the part {@code statusHistory}; a save without it keeps the
     * stored one): refused, naming the row, when the history is empty or wrong, in the same audited change.
     */
    @Override
    @Transactional
    public CourtCase save(
            StaffPrincipal who, CourtCase courtCase, Collection<Long> sourceIds, Map<String, Object> parts) {
        history.checkSave(this, courtCase, sourceIds, parts, null, today());
        return super.save(who, courtCase, sourceIds, parts);
    }

    @Override
    protected Map<String, Object> canonical(Map<String, Object> parts) {
        return history.canonicalParts(parts);
    }

    @Override
    public List<FieldProblem> problems(CourtCase courtCase) {
        return CourtCaseRules.check(courtCase, today());
    }
}

package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;

/** Staff work on court cases, each on a funding threat: filtered in SQL; audited edits. */
@Singleton
public class CourtCaseService extends FilteredRecordsOfType<CourtCase, CourtCaseFilter> {

    public static final Set<String> SORTABLE = Set.of("name", "court", "rulingOn", "publicationState", "updatedAt");

    private final CourtCaseRepository repository;

    CourtCaseService(CourtCaseRepository repository, RecordEditService editor) {
        super(RecordType.COURT_CASE, repository, editor, SORTABLE);
        this.repository = repository;
    }

    @Override
    public List<FieldProblem> problems(CourtCase courtCase) {
        return CourtCaseRules.check(courtCase, today());
    }
}

package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
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
    @Transactional
    public CourtCase save(StaffPrincipal who, CourtCase courtCase, Collection<Long> sourceIds) {
        org.civicdata.tracker.core.common.FieldProblems.throwFirst(CourtCaseRules.check(courtCase, today()));
        return editor().save(who, RecordType.COURT_CASE, courtCase, sourceIds);
    }
}

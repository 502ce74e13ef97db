package org.civicdata.tracker.record.designation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.Paging;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** Staff work on designations (labels applied to jurisdictions): filtered in SQL; audited edits. */
@Singleton
public class DesignationService extends FilteredRecordsOfType<Designation, DesignationFilter> {

    public static final Set<String> SORTABLE =
            Set.of("designator", "label", "designatedOn", "publicationState", "updatedAt");

    private final DesignationRepository repository;

    DesignationService(DesignationRepository repository, JurisdictionService jurisdictions, RecordEditService editor) {
        super(RecordType.DESIGNATION, repository, editor, SORTABLE, Paging.LATEST_CHANGE, jurisdictions::idsMatching);
        this.repository = repository;
    }

    /** Every designation of a jurisdiction, drafts included. */
    public List<Designation> ofJurisdiction(long jurisdictionId) {
        return repository.findByJurisdictionIdOrderByDesignatedOnAsc(jurisdictionId);
    }

    @Override
    public List<FieldProblem> problems(Designation designation) {
        return DesignationRules.check(designation, today());
    }
}

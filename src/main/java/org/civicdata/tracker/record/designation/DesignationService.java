package org.civicdata.tracker.record.designation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
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
    @Transactional
    public Designation save(StaffPrincipal who, Designation designation, Collection<Long> sourceIds) {
        org.civicdata.tracker.core.common.FieldProblems.throwFirst(DesignationRules.check(designation, today()));
        return editor().save(who, RecordType.DESIGNATION, designation, sourceIds);
    }
}

package org.civicdata.tracker.record.designation;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.AttachedRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** Staff work on designations (labels applied to jurisdictions): filtered in SQL; audited edits. */
@Singleton
public class DesignationService extends AttachedRecordsOfType<Designation, DesignationFilter> {

    public static final Set<String> SORTABLE =
            Set.of("designator", "label", "designatedOn", "publicationState", "updatedAt");

    DesignationService(DesignationRepository repository, JurisdictionService jurisdictions, RecordEditService editor) {
        super(
                RecordType.DESIGNATION,
                repository,
                jurisdictions,
                editor,
                SORTABLE,
                Sort.of(Sort.Order.asc("designatedOn")));
    }

    @Override
    public List<FieldProblem> problems(Designation designation) {
        return DesignationRules.check(designation, today());
    }
}

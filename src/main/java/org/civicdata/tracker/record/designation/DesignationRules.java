package org.civicdata.tracker.record.designation;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a designation must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class DesignationRules {

    private DesignationRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(Designation d, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.required(
                "jurisdiction", d.getJurisdictionId(), "Jurisdiction: choose the jurisdiction that is labelled.");
        problems.required("designator", d.getDesignator(), "Designator: choose who applies the label.");
        problems.required("label", d.getLabel(), "Label: the label, in the designator's words, is required.");
        problems.notInFuture("designatedOn", "Designated on", d.getDesignatedOn(), d.getDesignatedPrecision(), today);
        return problems.list();
    }
}

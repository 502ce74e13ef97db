package org.civicdata.tracker.record.policy;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a policy position must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class PolicyPositionRules {

    private PolicyPositionRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(PolicyPosition p, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.required(
                "jurisdiction", p.getJurisdictionId(), "Jurisdiction: choose the jurisdiction this position is about.");
        problems.required("variable", p.getVariable(), "Variable: choose the policy variable.");
        problems.required("value", p.getValue(), "Value: choose the value: YES, NO, PARTIAL or UNKNOWN.");
        // Valid from and valid to may both lie ahead: a law passed today may take effect next year.
        if (p.getValidFromOn() != null
                && p.getValidToOn() != null
                && p.getValidToOn().isBefore(p.getValidFromOn())) {
            problems.add("validTo", "Valid to: may not be before valid from.");
        }
        return problems.list();
    }
}

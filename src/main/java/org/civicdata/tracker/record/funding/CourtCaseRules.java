package org.civicdata.tracker.record.funding;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a court case must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class CourtCaseRules {

    private CourtCaseRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(CourtCase c, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.required(
                "fundingThreat",
                c.getFundingThreatId(),
                "Funding threat: choose the funding threat the case is about.");
        problems.notInFuture("rulingOn", "Ruling on", c.getRulingOn(), c.getRulingPrecision(), today);
        return problems.list();
    }
}

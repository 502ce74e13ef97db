package org.civicdata.tracker.record.funding;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a funding threat must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class FundingThreatRules {

    private FundingThreatRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(FundingThreat t, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (t.getJurisdictionId() == null
                && (t.getScope() == null || t.getScope().isBlank())) {
            problems.add("scope", "Scope: choose the threatened jurisdiction, or describe who is threatened in words.");
        }
        problems.required("issuingAuthority", t.getIssuingAuthority(), "Issuing authority: say who makes the threat.");
        problems.required("instrument", t.getInstrument(), "Instrument: choose the instrument of the threat.");
        problems.required("status", t.getStatus(), "Status: choose where the threat stands.");
        if (t.getAmountUsd() != null && t.getAmountUsd().signum() < 0) {
            problems.add("amountUsd", "Amount at stake: is 0 or more US dollars.");
        }
        problems.notInFuture("announcedOn", "Announced on", t.getAnnouncedOn(), t.getAnnouncedPrecision(), today);
        return problems.list();
    }
}

package org.civicdata.tracker.record.dojletter;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a DOJ letter must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class DojLetterRules {

    private DojLetterRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(DojLetter l, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (l.getJurisdictionId() == null
                && (l.getRecipients() == null || l.getRecipients().isBlank())) {
            problems.add(
                    "recipients",
                    "Recipients: choose the jurisdiction the letter went to, or describe its recipients in words.");
        }
        problems.required("status", l.getStatus(), "Status: choose where the letter stands.");
        problems.notInFuture("sentOn", "Sent on", l.getSentOn(), l.getSentPrecision(), today);
        // The response deadline may lie ahead; a response, like the letter, has happened.
        problems.notInFuture("responseOn", "Responded on", l.getResponseOn(), l.getResponsePrecision(), today);
        if (l.getSentOn() != null
                && l.getResponseOn() != null
                && l.getResponseOn().isBefore(l.getSentOn())) {
            problems.add("responseOn", "Responded on: may not be before the letter was sent.");
        }
        return problems.list();
    }
}

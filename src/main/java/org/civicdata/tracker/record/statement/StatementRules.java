package org.civicdata.tracker.record.statement;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a statement must be, checked the same way for the staff form, the CSV import and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class StatementRules {

    private StatementRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(Statement s, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.required("speaker", s.getPersonId(), "Speaker: choose who said it.");
        problems.required("kind", s.getKind(), "Kind: say whether this is a verbatim quote or a paraphrase.");
        problems.required("text", s.getText(), "Text: the quote (or paraphrase) is required.");
        problems.notInFuture("saidOn", "Said on", s.getSaidOn(), s.getSaidPrecision(), today);
        return problems.list();
    }
}

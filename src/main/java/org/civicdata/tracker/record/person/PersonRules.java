package org.civicdata.tracker.record.person;

import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a person must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class PersonRules {

    private PersonRules() {}

    /** Every problem with the input; people have no dates. */
    public static List<FieldProblem> check(Person p) {
        FieldProblems problems = new FieldProblems();
        problems.required("name", p.getName(), "Name: a name is required.");
        return problems.list();
    }
}

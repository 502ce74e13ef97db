package org.civicdata.tracker.record.event;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What an event must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class EventRules {

    private EventRules() {}

    /** Every problem with the input; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(Event e, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.required("title", e.getTitle(), "Title: a short neutral title is required.");
        problems.required("kind", e.getKind(), "Kind: choose the kind of event.");
        problems.notInFuture("occurredOn", "Occurred on", e.getOccurredOn(), e.getOccurredPrecision(), today);
        return problems.list();
    }
}

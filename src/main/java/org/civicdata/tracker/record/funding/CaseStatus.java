package org.civicdata.tracker.record.funding;

import org.civicdata.tracker.core.common.Coded;

/** Where a court case stands (its status history; a case has no status column of its own). */
public enum CaseStatus implements Coded {
    FILED("Filed", "The case was filed; no ruling known yet."),
    RULED("Ruled", "The court ruled (an injunction, a judgment or another decision)."),
    APPEALED("Appealed", "A ruling was appealed to a higher court."),
    APPEAL_DECIDED("Appeal decided", "The higher court decided the appeal."),
    CLOSED("Closed", "The case ended: settled, dismissed, withdrawn or no further appeal.");

    private final String label;
    private final String meaning;

    CaseStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}

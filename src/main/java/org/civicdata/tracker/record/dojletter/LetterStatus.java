package org.civicdata.tracker.record.dojletter;

import org.civicdata.tracker.core.common.Coded;

/** Where a DOJ letter stands. */
public enum LetterStatus implements Coded {
    SENT("Sent", "Sent; no response known yet."),
    RESPONDED("Responded", "The jurisdiction answered."),
    FOUND_COMPLIANT("Found compliant", "The Department of Justice found the jurisdiction compliant."),
    FOUND_NON_COMPLIANT("Found non-compliant", "The Department of Justice found the jurisdiction not compliant."),
    SUBPOENAED("Subpoenaed", "The Department of Justice demanded documents by subpoena."),
    WITHDRAWN("Withdrawn", "The letter or its demands were withdrawn.");

    private final String label;
    private final String meaning;

    LetterStatus(String label, String meaning) {
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

package org.civicdata.tracker.record.policy;

import org.civicdata.tracker.core.common.Coded;

/** The coded value of a policy variable. */
public enum PolicyValue implements Coded {
    YES("Yes", "The policy is in force."),
    NO("No", "The policy is not in force."),
    PARTIAL("Partial", "The policy is in force in part (for some offences, agencies or cases)."),
    UNKNOWN("Unknown", "The sources do not say.");

    private final String label;
    private final String meaning;

    PolicyValue(String label, String meaning) {
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

package org.civicdata.tracker.record.event;

import org.civicdata.tracker.core.common.Coded;

/** How a source hedges a figure ("over 200", "around 100", "nearly 11 million"); none means as stated. */
public enum FigureQualifier implements Coded {
    MORE_THAN("More than", "The source says more than (over) the number."),
    ABOUT("About", "The source says about (around, some) the number."),
    NEARLY("Nearly", "The source says nearly (almost) the number."),
    LESS_THAN("Less than", "The source says less than (under, fewer than) the number.");

    private final String label;
    private final String meaning;

    FigureQualifier(String label, String meaning) {
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

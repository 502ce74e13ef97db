package org.civicdata.tracker.core.common;

/** How much of a date a source gives: the whole day, only the month, or only the year. */
public enum DatePrecision implements Coded {
    DAY("Day", "The source gives the day."),
    MONTH("Month", "The source gives only the month."),
    YEAR("Year", "The source gives only the year.");

    private final String label;
    private final String meaning;

    DatePrecision(String label, String meaning) {
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

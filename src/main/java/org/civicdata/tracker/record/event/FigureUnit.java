package org.civicdata.tracker.record.event;

import org.civicdata.tracker.core.common.Coded;

/** What a reported figure counts. */
public enum FigureUnit implements Coded {
    USD("US dollars", "An amount of money in US dollars."),
    PEOPLE("People", "A number of people."),
    ARRESTS("Arrests", "A number of arrests."),
    JURISDICTIONS("Jurisdictions", "A number of jurisdictions."),
    CITIES("Cities", "A number of cities."),
    COUNTIES("Counties", "A number of counties."),
    CONSULATES("Consulates", "A number of consulates."),
    OTHER("Other", "Something else; the label says what.");

    private final String label;
    private final String meaning;

    FigureUnit(String label, String meaning) {
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

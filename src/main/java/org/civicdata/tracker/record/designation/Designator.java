package org.civicdata.tracker.record.designation;

import org.civicdata.tracker.core.common.Coded;

/** Who applies a label to a jurisdiction. */
public enum Designator implements Coded {
    SELF_DECLARED("Self-declared", "The jurisdiction itself."),
    DOJ_LETTER_2018("DOJ letter (2018)", "The Department of Justice, in its 2018 letters to jurisdictions."),
    DOJ_LIST("DOJ list", "A list published by the Department of Justice."),
    DHS_LIST("DHS list", "A list published by the Department of Homeland Security."),
    ADVOCACY_GROUP("Advocacy group", "An advocacy group or think tank."),
    NEWS_MEDIA("News media", "A newspaper, broadcaster or other news outlet."),
    OTHER("Other", "Someone else; the designator name says who.");

    private final String label;
    private final String meaning;

    Designator(String label, String meaning) {
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

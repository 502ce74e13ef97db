package org.civicdata.tracker.record.jurisdiction;

import org.civicdata.tracker.core.common.Coded;

/** Kinds of US jurisdiction the tracker follows. */
public enum JurisdictionKind implements Coded {
    STATE("State", "A state, or the District of Columbia."),
    COUNTY("County", "A county or county equivalent (a parish, a borough)."),
    CITY("City", "A city, town or other incorporated place."),
    CONSOLIDATED_CITY_COUNTY("Consolidated city-county", "A city and county governed as one (San Francisco, Denver)."),
    TERRITORY("Territory", "A US territory (Puerto Rico, Guam).");

    private final String label;
    private final String meaning;

    JurisdictionKind(String label, String meaning) {
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

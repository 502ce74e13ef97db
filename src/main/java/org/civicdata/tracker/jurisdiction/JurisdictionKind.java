package org.civicdata.tracker.jurisdiction;

/** Kinds of US jurisdiction the tracker follows. */
public enum JurisdictionKind {
    STATE, COUNTY, CITY, CONSOLIDATED_CITY_COUNTY, TERRITORY
}

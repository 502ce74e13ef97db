package org.civicdata.tracker.event;

/** What a reported figure counts. */
public enum FigureUnit {
    USD, PEOPLE, ARRESTS, JURISDICTIONS, CITIES, COUNTIES, CONSULATES, OTHER
}

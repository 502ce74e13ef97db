package org.civicdata.tracker.event;

/** Kinds of dated happening. */
public enum EventKind {
    MEETING, BOYCOTT, CONSULAR_PROGRAMME, ENFORCEMENT_STATISTIC, POPULATION_ESTIMATE, JURISDICTION_COUNT, POLICY_ANNOUNCEMENT, OTHER
}

package org.civicdata.tracker.funding;

/** The instrument by which federal funding is threatened. */
public enum ThreatInstrument {
    EXECUTIVE_ORDER, DOJ_LETTER, STATEMENT, LEGISLATION, MEMO, OTHER
}

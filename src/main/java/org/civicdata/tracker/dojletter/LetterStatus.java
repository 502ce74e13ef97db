package org.civicdata.tracker.dojletter;

/** Where a DOJ letter stands. */
public enum LetterStatus {
    SENT, RESPONDED, FOUND_COMPLIANT, FOUND_NON_COMPLIANT, SUBPOENAED, WITHDRAWN
}

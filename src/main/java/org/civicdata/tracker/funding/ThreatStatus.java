package org.civicdata.tracker.funding;

/** Where a funding threat stands. */
public enum ThreatStatus {
    THREATENED, WITHHELD, ENJOINED, RESTORED
}

package org.civicdata.tracker.policy;

/** The coded value of a policy variable. */
public enum PolicyValue {
    YES, NO, PARTIAL, UNKNOWN
}

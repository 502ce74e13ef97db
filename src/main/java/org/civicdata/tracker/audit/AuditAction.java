package org.civicdata.tracker.audit;

/** What a write did to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, PUBLISH, UNPUBLISH, REVERT
}

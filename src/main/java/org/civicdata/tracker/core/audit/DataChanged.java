package org.civicdata.tracker.core.audit;

/** Published when an audit entry is written: the data changed (seen by listeners once committed). */
public record DataChanged(long auditEntryId) {}

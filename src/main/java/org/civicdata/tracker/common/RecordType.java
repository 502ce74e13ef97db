package org.civicdata.tracker.common;

/** Every kind of record that is audited and can be cited; stored as text in citation and audit rows. */
public enum RecordType {
    SOURCE, PERSON, JURISDICTION, STATEMENT, DESIGNATION, POLICY_POSITION, DOJ_LETTER, FUNDING_THREAT,
    COURT_CASE, EVENT, ACCOUNT
}

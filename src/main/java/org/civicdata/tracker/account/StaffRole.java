package org.civicdata.tracker.account;

/**
 * What a staff member may do. Each role includes the ones below it: an admin may do all an editor
 * may, an editor all a contributor may.
 */
public enum StaffRole {
    /** Creates and edits drafts; cannot publish or delete. */
    CONTRIBUTOR,
    /** Creates, edits, publishes. */
    EDITOR,
    /** Everything, plus managing accounts. */
    ADMIN;

    public boolean includes(StaffRole other) {
        return ordinal() >= other.ordinal();
    }
}

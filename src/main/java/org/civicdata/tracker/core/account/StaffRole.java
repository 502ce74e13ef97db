package org.civicdata.tracker.core.account;

import org.civicdata.tracker.core.common.Coded;

/**
 * What a staff member may do. Each role includes the ones below it: an admin may do all an editor
 * may, an editor all a contributor may.
 */
public enum StaffRole implements Coded {
    CONTRIBUTOR("Contributor", "Creates and edits drafts; cannot publish or delete."),
    EDITOR("Editor", "Creates, edits, publishes, unpublishes and deletes."),
    ADMIN("Admin", "Everything an editor may, plus managing accounts.");

    private final String label;
    private final String meaning;

    StaffRole(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    public boolean includes(StaffRole other) {
        return ordinal() >= other.ordinal();
    }
}

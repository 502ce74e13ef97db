package org.civicdata.tracker.core.audit;

import org.civicdata.tracker.core.common.Coded;

/** What a write did to a record. */
public enum AuditAction implements Coded {
    CREATE("Created", "The record was created."),
    UPDATE("Changed", "Fields of the record were changed."),
    DELETE("Deleted", "The record was deleted; its history is kept."),
    PUBLISH("Published", "The record was published."),
    UNPUBLISH("Unpublished", "The record was taken back to draft."),
    REVERT("Reverted", "The record was set back to an earlier version, as a new change.");

    private final String label;
    private final String meaning;

    AuditAction(String label, String meaning) {
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
}

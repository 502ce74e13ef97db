package org.civicdata.tracker.core.common;

import java.util.List;

/**
 * An action refused because of other records, before anything was written: a message about the
 * action (not about a field) naming every record concerned. For a publish or an unpublish it says
 * whether the one-step action is possible: publishing the records it needs with it, or taking the
 * records it would leave uncited down with it.
 */
public final class DependentRecordsException extends RuntimeException {

    /** Why the records are listed. */
    public enum Reason {
        /** Publishing needs these drafts published too (its sources, its speaker, its jurisdiction...). */
        PUBLISH_NEEDS,
        /** Unpublishing would leave these published records without a published source, or hidden. */
        UNPUBLISH_TAKES_DOWN,
        /** An edit would leave these published records without a published source, or hidden. */
        CHANGE_LEAVES_UNCITED,
        /** Deleting is refused while these records still refer to it. */
        DELETE_REFERRED
    }

    private final Reason reason;
    private final RecordRef subject;
    private final List<RecordRef> records;
    private final boolean oneStepPossible;

    public DependentRecordsException(
            Reason reason, RecordRef subject, List<RecordRef> records, boolean oneStepPossible, String message) {
        super(message);
        this.reason = reason;
        this.subject = subject;
        this.records = List.copyOf(records);
        this.oneStepPossible = oneStepPossible;
    }

    public Reason reason() {
        return reason;
    }

    /** The record the action was on. */
    public RecordRef subject() {
        return subject;
    }

    /** Every record concerned, each once. */
    public List<RecordRef> records() {
        return records;
    }

    /** Whether the one-step action (publish with them, unpublish with them) would succeed. */
    public boolean oneStepPossible() {
        return oneStepPossible;
    }
}

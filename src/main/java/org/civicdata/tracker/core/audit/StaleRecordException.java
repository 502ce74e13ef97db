package org.civicdata.tracker.core.audit;

import org.civicdata.tracker.core.common.RecordType;

/** Someone else saved the record since this copy was read: the save is refused, nothing is written. */
public final class StaleRecordException extends RuntimeException {

    private final RecordType recordType;
    private final long recordId;

    public StaleRecordException(RecordType recordType, long recordId, Integer expectedVersion, Integer actualVersion) {
        super(recordType + " " + recordId + " was changed by someone else (you edited version " + expectedVersion
                + ", the stored one is version " + actualVersion + ")");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public RecordType recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }
}

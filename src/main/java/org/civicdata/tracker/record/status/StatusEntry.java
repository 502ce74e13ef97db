package org.civicdata.tracker.record.status;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicdata.tracker.core.common.PartialDate;

/**
 * One entry of a status history as staff edit it and the audit trail records it (without the parent or
 * the row's id): the status code, when it took effect, when it was reported, the source that reports it,
 * a note, and whether it was made from the record's own status ({@code migratedInitial}).
 */
public record StatusEntry(
        String status,
        @Nullable PartialDate effective,
        @Nullable PartialDate reported,
        @Nullable Long sourceId,
        @Nullable String note,
        boolean migratedInitial) {

    /** The entry as the parent's audited part {@code statusHistory} holds it (dates as text, e.g. "2018-01"). */
    public Map<String, Object> part() {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("status", status);
        part.put("effective", effective == null ? null : effective.toString());
        part.put("reported", reported == null ? null : reported.toString());
        part.put("sourceId", sourceId);
        part.put("note", note);
        part.put("migratedInitial", migratedInitial);
        return part;
    }

    static StatusEntry of(StatusChange c) {
        return new StatusEntry(c.status(), c.effective(), c.reported(), c.sourceId(), c.note(), c.migratedInitial());
    }

    /** The same entry with another status, dates, source or note, as staff changed it: no longer the migrated one. */
    public StatusEntry edited(
            String status,
            @Nullable PartialDate effective,
            @Nullable PartialDate reported,
            @Nullable Long sourceId,
            @Nullable String note) {
        boolean same = this.status.equals(status) && java.util.Objects.equals(this.effective, effective);
        return new StatusEntry(status, effective, reported, sourceId, note, migratedInitial && same);
    }
}

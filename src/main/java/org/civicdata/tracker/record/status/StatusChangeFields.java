package org.civicdata.tracker.record.status;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A status history entry's own fields (a letter's, threat's or court case's {@code statusHistory}), for
 * the codebook. An entry is an immutable part of its parent, built whole by the editor and the seed
 * loader, so these fields are only read. Three dates are kept apart: effective, reported, and recorded
 * (the parent's audit entry, not a field).
 */
public final class StatusChangeFields {

    private StatusChangeFields() {}

    private static final String WHAT = "A status history entry";

    public static final List<RecordField<StatusChange>> ALL = List.of(
            RecordField.<StatusChange>text(
                    "status",
                    "Status",
                    "The status the record took: a code of its type's status (DOJ letter, funding threat or court"
                            + " case). The record's current status is its latest entry's.",
                    StatusChange::status,
                    RecordField.notSetByField(WHAT)),
            RecordField.<StatusChange>date(
                    "effectiveOn",
                    "Took effect",
                    "When the status took effect. Entries are ordered by this date, undated first. "
                            + RecordField.DATE_FORMAT,
                    StatusChange::effectiveOn,
                    StatusChange::effectivePrecision,
                    RecordField.notSetByField(WHAT),
                    RecordField.notSetByField(WHAT)),
            RecordField.<StatusChange>date(
                    "reportedOn",
                    "Reported",
                    "When the change was announced or reported (not when we recorded it: that is in the audit"
                            + " trail). " + RecordField.DATE_FORMAT,
                    StatusChange::reportedOn,
                    StatusChange::reportedPrecision,
                    RecordField.notSetByField(WHAT),
                    RecordField.notSetByField(WHAT)),
            RecordField.<StatusChange>flag(
                    "migratedInitial",
                    "Made from the record's own status",
                    "True for the first entry made from the record's own status and dated by its own date"
                            + " (when histories were introduced, or by the seed loader), not entered by staff.",
                    StatusChange::migratedInitial,
                    RecordField.notSetByField(WHAT)),
            RecordField.<StatusChange>text(
                    "note", "Note", "A note on the change.", StatusChange::note, RecordField.notSetByField(WHAT)));
}

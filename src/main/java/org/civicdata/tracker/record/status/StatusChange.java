package org.civicdata.tracker.record.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;

/**
 * One dated, cited entry of a DOJ letter's, a funding threat's or a court case's status history: part of
 * its parent record (exactly one of the three parent ids is set), public when the parent is, audited as
 * the parent's field {@code statusHistory}. {@code status} is a code of the parent type's status
 * enumeration. Three dates are kept apart: {@link #effective()} (the status took effect),
 * {@link #reported()} (it was announced or reported), and the date it was recorded, which is the
 * parent's audit entry. {@code migratedInitial}: made from the record's own status and dated by the
 * record's own date (by V10 or the seed loader), not entered by staff.
 */
@MappedEntity("status_change")
public record StatusChange(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long dojLetterId,
        @Nullable Long fundingThreatId,
        @Nullable Long courtCaseId,
        String status,
        @Nullable LocalDate effectiveOn,
        @Nullable DatePrecision effectivePrecision,
        @Nullable LocalDate reportedOn,
        @Nullable DatePrecision reportedPrecision,
        @Nullable Long sourceId,
        boolean migratedInitial,
        @Nullable String note) {

    /** When the status took effect, as precise as the source gives it; null when not known. */
    public @Nullable PartialDate effective() {
        return PartialDate.of(effectiveOn, effectivePrecision);
    }

    /** When the change was announced or reported; null when not known. */
    public @Nullable PartialDate reported() {
        return PartialDate.of(reportedOn, reportedPrecision);
    }
}

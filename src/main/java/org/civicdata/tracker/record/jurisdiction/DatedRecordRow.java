package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;

/**
 * One published record attached to a published jurisdiction, dated in a window ({@link
 * DatedRecordRepository#datedIn}): its type ({@code RecordType} name), its id, its jurisdiction, its own
 * date, and up to three short texts whose meaning depends on the type (see the query): {@code code} a
 * status or value code, {@code title} what names it, {@code detail} what says more; {@code datedBy}:
 * {@code record} (its own date) or {@code status} (an entry of its status history dated in the window; its
 * date and status are the entry's).
 */
@Introspected
public record DatedRecordRow(
        String kind,
        long id,
        long jurisdictionId,
        String slug,
        String jurisdictionName,
        String stateCode,
        LocalDate datedOn,
        @Nullable DatePrecision datedPrecision,
        @Nullable String code,
        @Nullable String title,
        @Nullable String detail,
        String datedBy) {

    /** Listed for an entry of its status history dated in the window, not by its own date. */
    public boolean statusEntry() {
        return "status".equals(datedBy);
    }
}

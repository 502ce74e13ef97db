package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.StanceRule;

/** How values go out on the public side: dates as precise as known, and which records a date lets in. */
final class PublicValues {

    private PublicValues() {}

    /** With no as-of date every record counts; with one, only records dated on or before it. */
    static boolean dated(@Nullable LocalDate date, @Nullable LocalDate asOf) {
        return asOf == null || date != null && !date.isAfter(asOf);
    }

    /** The records whose date ({@code dateOf}) lets them in as of {@code asOf}: all, without one ({@link #dated}). */
    static <T> List<T> datedOnOrBefore(List<T> records, Function<T, LocalDate> dateOf, @Nullable LocalDate asOf) {
        return records.stream().filter(r -> dated(dateOf.apply(r), asOf)).toList();
    }

    static @Nullable String date(@Nullable LocalDate start, @Nullable DatePrecision precision) {
        PartialDate date = PartialDate.of(start, precision);
        return date == null ? null : date.toString();
    }

    static List<Long> ids(Collection<? extends TrackedRecord> records) {
        return records.stream().map(TrackedRecord::getId).toList();
    }

    static StanceRule.Position forRule(PolicyPosition p) {
        return new StanceRule.Position(p.getVariable(), p.getValue(), p.getValidFromOn(), p.getValidToOn());
    }
}

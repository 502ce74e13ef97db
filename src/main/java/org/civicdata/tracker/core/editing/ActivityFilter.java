package org.civicdata.tracker.core.editing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.RecordType;

/** Which changes the activity view shows: by user, record type and a date range (UTC days, inclusive). */
public record ActivityFilter(
        @Nullable String actor,
        @Nullable RecordType type,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null);

    PredicateSpecification<AuditEntry> toSpecification() {
        return new FilterSpec<AuditEntry>()
                .equal("actor", actor == null || actor.isBlank() ? null : actor.trim())
                .equal("recordType", type)
                .atLeast(
                        "occurredAt",
                        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .before(
                        "occurredAt",
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .build();
    }
}

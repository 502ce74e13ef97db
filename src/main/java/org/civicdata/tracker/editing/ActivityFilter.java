package org.civicdata.tracker.editing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.audit.AuditEntry;
import org.civicdata.tracker.common.RecordType;

/** Which changes the activity view shows: by user, record type and a date range (UTC days, inclusive). */
public record ActivityFilter(@Nullable String actor, @Nullable RecordType type, @Nullable LocalDate from,
                             @Nullable LocalDate to) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null);

    PredicateSpecification<AuditEntry> toSpecification() {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (actor != null && !actor.isBlank()) {
                all.add(cb.equal(root.get("actor"), actor.trim()));
            }
            if (type != null) {
                all.add(cb.equal(root.get("recordType"), type));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (to != null) {
                all.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new));
        };
    }
}

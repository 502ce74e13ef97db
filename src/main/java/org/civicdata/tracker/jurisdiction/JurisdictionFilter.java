package org.civicdata.tracker.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicdata.tracker.common.Like;
import org.civicdata.tracker.common.PublicationState;

/** What a staff grid of jurisdictions is narrowed to; every part optional. Applied in SQL. */
public record JurisdictionFilter(@Nullable String text, @Nullable String state, @Nullable JurisdictionKind kind,
                                 @Nullable PublicationState publication) {

    public static final JurisdictionFilter NONE = new JurisdictionFilter(null, null, null, null);

    PredicateSpecification<Jurisdiction> toSpecification() {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = Like.contains(text);
                // The columns use utf8mb4_unicode_ci, a case-insensitive collation: no LOWER() needed (or wanted: it defeats indexes).
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(root.get("slug"), like)));
            }
            if (state != null && !state.isBlank()) {
                all.add(cb.equal(root.get("stateCode"), state.trim().toUpperCase(Locale.ROOT)));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (publication != null) {
                all.add(cb.equal(root.get("publicationState"), publication));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new));
        };
    }
}

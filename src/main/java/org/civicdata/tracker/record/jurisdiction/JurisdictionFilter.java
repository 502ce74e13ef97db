package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of jurisdictions is narrowed to; every part optional. {@code text} matches the name or slug. */
public record JurisdictionFilter(
        @Nullable String text,
        @Nullable String state,
        @Nullable JurisdictionKind kind,
        @Nullable PublicationState publication)
        implements FilterSpec.Filter<Jurisdiction> {

    public static final JurisdictionFilter NONE = new JurisdictionFilter(null, null, null, null);

    /** @param none no other table is searched: the text matches its own columns only */
    @Override
    public PredicateSpecification<Jurisdiction> toSpecification(Collection<Long> none) {
        return new FilterSpec<Jurisdiction>()
                .text(text, List.of(), "name", "slug")
                .equal(
                        "stateCode",
                        state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT))
                .equal("kind", kind)
                .equal("publicationState", publication)
                .build();
    }
}

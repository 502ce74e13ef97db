package org.civicdata.tracker.record.designation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of designations is narrowed to; {@code text} matches label, designator name or jurisdiction. */
public record DesignationFilter(
        @Nullable String text,
        @Nullable Designator designator,
        @Nullable PublicationState publication) implements FilterSpec.Filter<Designation> {

    /** @param jurisdictionIds jurisdictions whose name matches {@code text} (looked up first) */
    @Override
    public PredicateSpecification<Designation> toSpecification(Collection<Long> jurisdictionIds) {
        return new FilterSpec<Designation>()
                .text(text, jurisdictionIds, "label", "designatorName")
                .equal("designator", designator)
                .equal("publicationState", publication)
                .build();
    }
}

package org.civicdata.tracker.record.policy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of policy positions is narrowed to; {@code text} matches the jurisdiction's name. */
public record PolicyPositionFilter(
        @Nullable String text,
        @Nullable PolicyVariable variable,
        @Nullable PolicyValue value,
        @Nullable PublicationState publication)
        implements FilterSpec.Filter<PolicyPosition> {

    /** @param jurisdictionIds jurisdictions whose name matches {@code text} (looked up first) */
    @Override
    public PredicateSpecification<PolicyPosition> toSpecification(Collection<Long> jurisdictionIds) {
        return new FilterSpec<PolicyPosition>()
                .text(text, jurisdictionIds)
                .equal("variable", variable)
                .equal("value", value)
                .equal("publicationState", publication)
                .build();
    }
}

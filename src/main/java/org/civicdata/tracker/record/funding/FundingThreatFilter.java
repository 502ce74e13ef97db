package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/**
 * What a staff grid of funding threats is narrowed to; {@code text} matches the issuing authority,
 * scope, programme or the jurisdiction's name.
 */
public record FundingThreatFilter(
        @Nullable String text,
        @Nullable ThreatStatus status,
        @Nullable PublicationState publication) implements FilterSpec.Filter<FundingThreat> {

    /** @param jurisdictionIds jurisdictions whose name matches {@code text} (looked up first) */
    @Override
    public PredicateSpecification<FundingThreat> toSpecification(Collection<Long> jurisdictionIds) {
        return new FilterSpec<FundingThreat>()
                .text(text, jurisdictionIds, "issuingAuthority", "scope", "programme")
                .equal("status", status)
                .equal("publicationState", publication)
                .build();
    }
}

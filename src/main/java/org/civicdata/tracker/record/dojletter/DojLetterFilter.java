package org.civicdata.tracker.record.dojletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of DOJ letters is narrowed to; {@code text} matches recipients, sender or jurisdiction. */
public record DojLetterFilter(
        @Nullable String text,
        @Nullable LetterStatus status,
        @Nullable PublicationState publication) implements FilterSpec.Filter<DojLetter> {

    /** @param jurisdictionIds jurisdictions whose name matches {@code text} (looked up first) */
    @Override
    public PredicateSpecification<DojLetter> toSpecification(Collection<Long> jurisdictionIds) {
        return new FilterSpec<DojLetter>()
                .text(text, jurisdictionIds, "recipients", "sender")
                .equal("status", status)
                .equal("publicationState", publication)
                .build();
    }
}

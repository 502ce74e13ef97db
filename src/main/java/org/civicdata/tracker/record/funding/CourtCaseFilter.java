package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of court cases is narrowed to; {@code text} matches case name, court or judge. */
public record CourtCaseFilter(
        @Nullable String text, @Nullable PublicationState publication) implements FilterSpec.Filter<CourtCase> {

    /** @param none no other table is searched: the text matches its own columns only */
    @Override
    public PredicateSpecification<CourtCase> toSpecification(Collection<Long> none) {
        return new FilterSpec<CourtCase>()
                .text(text, List.of(), "name", "court", "judge")
                .equal("publicationState", publication)
                .build();
    }
}

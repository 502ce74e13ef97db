package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/**
 * What a staff grid of court cases is narrowed to; {@code text} matches case name, court or judge;
 * {@code status} is the latest entry's of the case's status history (a case has no status column), so
 * the service looks up the ids of the cases in it first ({@code among}: null for any case;
 * {@code outside}: cases not among these, null for none left out).
 */
public record CourtCaseFilter(
        @Nullable String text,
        @Nullable CaseStatus status,
        @Nullable PublicationState publication,
        @Nullable Collection<Long> among,
        @Nullable Collection<Long> outside)
        implements FilterSpec.Filter<CourtCase> {

    public CourtCaseFilter(@Nullable String text, @Nullable CaseStatus status, @Nullable PublicationState publication) {
        this(text, status, publication, null, null);
    }

    /** The same filter, narrowed to these cases (those in the chosen status, looked up first). */
    public CourtCaseFilter among(Collection<Long> ids) {
        return new CourtCaseFilter(text, status, publication, ids, null);
    }

    /** The same filter, without these cases (the cases with a status: what is left has none). */
    public CourtCaseFilter outside(Collection<Long> ids) {
        return new CourtCaseFilter(text, status, publication, null, ids);
    }

    /** @param none no other table is searched: the text matches its own columns only */
    @Override
    public PredicateSpecification<CourtCase> toSpecification(Collection<Long> none) {
        PredicateSpecification<CourtCase> spec = new FilterSpec<CourtCase>()
                .text(text, List.of(), "name", "court", "judge")
                .equal("publicationState", publication)
                .build();
        if (outside != null && !outside.isEmpty()) {
            spec = spec.and((root, cb) -> cb.not(root.get("id").in(outside)));
        }
        if (among == null) {
            return spec;
        }
        // No case in the status: nothing matches (an id is never negative).
        return spec.and((root, cb) ->
                among.isEmpty() ? cb.equal(root.get("id"), -1L) : root.get("id").in(among));
    }
}

package org.civicdata.tracker.record.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.FilterSpec;

/** What a staff grid or picker of sources is narrowed to: {@code text} matches the title. */
public record SourceFilter(@Nullable String text) implements FilterSpec.Filter<Source> {

    /** @param none no other table is searched: the text matches its own columns only */
    @Override
    public PredicateSpecification<Source> toSpecification(Collection<Long> none) {
        return new FilterSpec<Source>().text(text, List.of(), "title").build();
    }
}

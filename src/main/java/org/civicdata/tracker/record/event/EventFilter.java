package org.civicdata.tracker.record.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of events is narrowed to; {@code text} matches the title or description. */
public record EventFilter(
        @Nullable String text,
        @Nullable EventKind kind,
        @Nullable PublicationState publication) implements FilterSpec.Filter<Event> {

    /** @param none no other table is searched: the text matches its own columns only */
    @Override
    public PredicateSpecification<Event> toSpecification(Collection<Long> none) {
        return new FilterSpec<Event>()
                .text(text, List.of(), "title", "description")
                .equal("kind", kind)
                .equal("publicationState", publication)
                .build();
    }
}

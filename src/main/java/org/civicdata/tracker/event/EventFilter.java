package org.civicdata.tracker.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.List;
import org.civicdata.tracker.common.FilterSpec;
import org.civicdata.tracker.common.PublicationState;

/** What a staff grid of events is narrowed to; {@code text} matches the title or description. */
public record EventFilter(@Nullable String text, @Nullable EventKind kind, @Nullable PublicationState publication) {

    PredicateSpecification<Event> toSpecification() {
        return new FilterSpec<Event>().text(text, List.of(), "title", "description").equal("kind", kind)
                .equal("publicationState", publication).build();
    }
}

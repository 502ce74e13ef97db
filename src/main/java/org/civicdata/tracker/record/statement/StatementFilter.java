package org.civicdata.tracker.record.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;

/** What a staff grid of statements is narrowed to. {@code text} matches the quote or the speaker's name. */
public record StatementFilter(
        @Nullable String text,
        @Nullable StatementKind kind,
        @Nullable PublicationState publication) implements FilterSpec.Filter<Statement> {

    public static final StatementFilter NONE = new StatementFilter(null, null, null);

    /** @param speakerIds people whose name matches {@code text} (looked up first) */
    @Override
    public PredicateSpecification<Statement> toSpecification(Collection<Long> speakerIds) {
        return new FilterSpec<Statement>()
                .text(text, "personId", speakerIds, "text")
                .equal("kind", kind)
                .equal("publicationState", publication)
                .build();
    }
}

package org.civicdata.tracker.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.common.Like;
import org.civicdata.tracker.common.PublicationState;

/** What a staff grid of statements is narrowed to. {@code text} matches the quote or the speaker's name. */
public record StatementFilter(@Nullable String text, @Nullable StatementKind kind, @Nullable PublicationState publication) {

    public static final StatementFilter NONE = new StatementFilter(null, null, null);

    /** @param speakerIds people whose name matches {@code text} (looked up first) */
    PredicateSpecification<Statement> toSpecification(Collection<Long> speakerIds) {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = Like.contains(text);
                Predicate inText = cb.like(root.get("text"), like);
                all.add(speakerIds.isEmpty() ? inText : cb.or(inText, root.get("personId").in(speakerIds)));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (publication != null) {
                all.add(cb.equal(root.get("publicationState"), publication));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new));
        };
    }
}

package org.civicdata.tracker.record.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.FilterSpec;

/** What a staff grid or picker of people is narrowed to: {@code text} matches the name. */
public record PersonFilter(@Nullable String text) implements FilterSpec.Filter<Person> {

    /** @param none no other table is searched: the text matches its own columns only */
    @Override
    public PredicateSpecification<Person> toSpecification(Collection<Long> none) {
        return new FilterSpec<Person>().text(text, List.of(), "name").build();
    }
}

package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The SQL WHERE of a staff grid's filter, built part by part; parts left empty (no text, no value
 * chosen) are left out. Every part is ANDed.
 */
public final class FilterSpec<T> {

    /**
     * A staff grid's filter (a record of optional parts, each type its own): its search text, and its
     * WHERE, given the ids of the records that text names in another table (the jurisdictions or people
     * whose name matches it, looked up first; none for a type searched by its own columns alone).
     */
    public interface Filter<T> {
        @Nullable
        String text();

        PredicateSpecification<T> toSpecification(Collection<Long> namedIds);
    }

    private final List<BiFunction<Root<T>, CriteriaBuilder, Predicate>> parts = new ArrayList<>();

    /**
     * The search text: it matches when any of the text columns contains it, or the record's
     * {@code jurisdictionId} is one of {@code jurisdictionIds} (those whose name matched, looked up first).
     */
    public FilterSpec<T> text(@Nullable String text, Collection<Long> jurisdictionIds, String... columns) {
        return text(text, "jurisdictionId", jurisdictionIds, columns);
    }

    /**
     * The search text: it matches when any of the text columns contains it, or the property
     * {@code named} (a {@code personId}, say) is one of {@code namedIds}.
     */
    public FilterSpec<T> text(@Nullable String text, String named, Collection<Long> namedIds, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String like = Like.contains(text);
        parts.add((root, cb) -> {
            List<Predicate> any = new ArrayList<>();
            for (String column : columns) {
                // The columns use utf8mb4_unicode_ci, a case-insensitive collation: no LOWER() needed (or wanted: it
                // defeats indexes).
                any.add(cb.like(root.get(column), like));
            }
            if (!namedIds.isEmpty()) {
                any.add(root.get(named).in(namedIds));
            }
            // No column and no named record matched: nothing can match (an id is never negative).
            return any.isEmpty() ? cb.equal(root.get("id"), -1L) : cb.or(any.toArray(Predicate[]::new));
        });
        return this;
    }

    /** The property equals the value, when a value is chosen. */
    public FilterSpec<T> equal(String property, @Nullable Object value) {
        if (value != null) {
            parts.add((root, cb) -> cb.equal(root.get(property), value));
        }
        return this;
    }

    /** The property is at least the value, when one is given. */
    public <V extends Comparable<? super V>> FilterSpec<T> atLeast(String property, @Nullable V value) {
        if (value != null) {
            parts.add((root, cb) -> cb.greaterThanOrEqualTo(root.<V>get(property), value));
        }
        return this;
    }

    /** The property is less than the value, when one is given. */
    public <V extends Comparable<? super V>> FilterSpec<T> before(String property, @Nullable V value) {
        if (value != null) {
            parts.add((root, cb) -> cb.lessThan(root.<V>get(property), value));
        }
        return this;
    }

    public PredicateSpecification<T> build() {
        List<BiFunction<Root<T>, CriteriaBuilder, Predicate>> all = List.copyOf(parts);
        return (root, cb) -> all.isEmpty()
                ? null
                : cb.and(all.stream().map(p -> p.apply(root, cb)).toArray(Predicate[]::new));
    }
}

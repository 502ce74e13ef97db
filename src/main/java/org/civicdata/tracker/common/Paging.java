package org.civicdata.tracker.common;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.List;
import java.util.Set;

/** One page of a staff grid: the grid's sort, kept only for the properties a service allows in SQL. */
public final class Paging {

    private Paging() {
    }

    /** @param fallback the order when the grid asks for none (or only for properties not allowed) */
    public static Pageable of(int page, int size, List<Sort.Order> orders, Set<String> sortable, Sort fallback) {
        List<Sort.Order> allowed = orders.stream().filter(o -> sortable.contains(o.getProperty())).toList();
        return Pageable.from(page, size, allowed.isEmpty() ? fallback : Sort.of(allowed));
    }

    /** Newest change first: the order of a staff list that the user has not sorted. */
    public static final Sort LATEST_CHANGE = Sort.of(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
}

package org.civicdata.tracker.core.common;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.List;
import java.util.Set;

/** One page of a staff grid: the grid's sort, kept only for the properties a service allows in SQL. */
public final class Paging {

    private Paging() {}

    /**
     * @param fallback the order when the grid asks for none (or only for properties not allowed)
     * @return the page, always ending its order with the id: rows that tie on the chosen columns
     *         (a status, a kind) would otherwise come in any order, so paging (the grid's, and an
     *         export's page by page) could repeat or skip some
     */
    public static Pageable of(int page, int size, List<Sort.Order> orders, Set<String> sortable, Sort fallback) {
        List<Sort.Order> allowed = new java.util.ArrayList<>(
                orders.stream().filter(o -> sortable.contains(o.getProperty())).toList());
        if (allowed.isEmpty()) {
            allowed.addAll(fallback.getOrderBy());
        }
        if (allowed.stream().noneMatch(o -> o.getProperty().equals("id"))) {
            allowed.add(Sort.Order.asc("id"));
        }
        return Pageable.from(page, size, Sort.of(allowed));
    }

    /** Newest change first: the order of a staff list that the user has not sorted. */
    public static final Sort LATEST_CHANGE = Sort.of(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
}

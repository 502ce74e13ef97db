package org.civicdata.tracker.core.editing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.Paging;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.common.TrackedRepository;

/**
 * {@link RecordsOfType} for a type with a staff grid: pages of records for a filter of type {@code F},
 * filtered and sorted in SQL (only by the properties the type allows; in the type's own order, newest
 * change first unless it says otherwise, when the grid is not sorted).
 */
public abstract class FilteredRecordsOfType<T extends PublishableRecord, F extends FilterSpec.Filter<T>>
        extends RecordsOfType<T> {

    private final JpaSpecificationExecutor<T> specifications;
    private final Set<String> sortable;
    private final Sort unsorted;
    private final Function<String, ? extends Collection<Long>> named;

    /** A type whose search text matches its own columns only, newest change first when not sorted. */
    protected <R extends TrackedRepository<T> & JpaSpecificationExecutor<T>> FilteredRecordsOfType(
            RecordType type, R repository, RecordEditService editor, Set<String> sortable) {
        this(type, repository, editor, sortable, Paging.LATEST_CHANGE, text -> List.of());
    }

    /**
     * @param unsorted the order when the grid asks for none
     * @param named    the ids of the records (in another table) whose name contains a search text,
     *                 such as {@code JurisdictionService::idsMatching}: the filter matches those too
     */
    protected <R extends TrackedRepository<T> & JpaSpecificationExecutor<T>> FilteredRecordsOfType(
            RecordType type,
            R repository,
            RecordEditService editor,
            Set<String> sortable,
            Sort unsorted,
            Function<String, ? extends Collection<Long>> named) {
        super(type, repository, editor);
        this.specifications = repository;
        this.sortable = sortable;
        this.unsorted = unsorted;
        this.named = named;
    }

    /** A search by text a page at a time (a picker's). */
    public interface Search<X> {
        List<X> page(@Nullable String text, int page, int size);
    }

    /**
     * The ids of the records a search finds for a text (the first 200; none for a blank text): what a
     * filter's text names in another table, for {@code named}.
     */
    public static <X extends TrackedRecord> List<Long> idsFound(Search<X> search, @Nullable String text) {
        return text == null || text.isBlank()
                ? List.of()
                : search.page(text, 0, 200).stream().map(TrackedRecord::getId).toList();
    }

    public List<T> page(F filter, int page, int size, List<Sort.Order> orders) {
        return specifications
                .findAll(
                        filter.toSpecification(named.apply(filter.text())),
                        Paging.of(page, size, orders, sortable, unsorted))
                .getContent();
    }

    public long count(F filter) {
        return specifications.count(filter.toSpecification(named.apply(filter.text())));
    }
}

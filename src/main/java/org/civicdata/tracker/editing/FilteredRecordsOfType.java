package org.civicdata.tracker.editing;

import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.common.Paging;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRepository;

/**
 * {@link RecordsOfType} for a type with a staff grid: pages of records for a filter of type {@code F},
 * filtered and sorted in SQL (only by the properties the type allows; newest change first otherwise).
 */
public abstract class FilteredRecordsOfType<T extends PublishableRecord, F> extends RecordsOfType<T> {

    private final JpaSpecificationExecutor<T> specifications;
    private final Set<String> sortable;

    protected <R extends TrackedRepository<T> & JpaSpecificationExecutor<T>> FilteredRecordsOfType(
            RecordType type, R repository, RecordEditor editor, Set<String> sortable) {
        super(type, repository, editor);
        this.specifications = repository;
        this.sortable = sortable;
    }

    /** The filter as a SQL WHERE. */
    protected abstract PredicateSpecification<T> specification(F filter);

    public List<T> page(F filter, int page, int size, List<Sort.Order> orders) {
        return specifications.findAll(specification(filter), Paging.of(page, size, orders, sortable,
                Paging.LATEST_CHANGE)).getContent();
    }

    public long count(F filter) {
        return specifications.count(specification(filter));
    }
}

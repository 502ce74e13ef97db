package org.civicdata.tracker.jurisdiction;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** Staff-side reads of jurisdictions: paged and sorted in SQL, never all rows in memory. */
@Singleton
public class JurisdictionService {

    /** The properties a staff grid may sort by (anything else is ignored, not passed to SQL). */
    public static final Set<String> SORTABLE = Set.of("name", "slug", "kind", "stateCode", "fips",
            "publicationState", "updatedAt");

    private final JurisdictionRepository repository;

    JurisdictionService(JurisdictionRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Jurisdiction> page(int page, int size, List<Sort.Order> orders) {
        List<Sort.Order> allowed = orders.stream().filter(o -> SORTABLE.contains(o.getProperty())).toList();
        Sort sort = allowed.isEmpty() ? Sort.of(Sort.Order.asc("name")) : Sort.of(allowed);
        return repository.findAll(Pageable.from(page, size, sort)).getContent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return repository.count();
    }
}

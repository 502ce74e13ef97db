package org.civicdata.tracker.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/** Finding sources to cite (staff side): by title, a page at a time. */
@Singleton
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    public List<Source> search(@Nullable String text, int page, int size) {
        return repository.findByTitleContains(text == null ? "" : text.trim(),
                Pageable.from(page, size, Sort.of(Sort.Order.asc("title"), Sort.Order.asc("id"))));
    }

    public List<Source> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIdIn(ids);
    }
}

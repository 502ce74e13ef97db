package org.civicdata.tracker.record.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;

/** Sources: found by title to cite; created, edited and deleted by staff (refused while cited: RecordEditService). */
@Singleton
public class SourceService extends FilteredRecordsOfType<Source, SourceFilter> {

    public static final Set<String> SORTABLE =
            Set.of("title", "publication", "publishedOn", "publicationState", "updatedAt");

    private final SourceRepository repository;

    SourceService(SourceRepository repository, RecordEditService editor) {
        super(RecordType.SOURCE, repository, editor, SORTABLE, Sort.of(Sort.Order.asc("title")), text -> List.of());
        this.repository = repository;
    }

    /** By title, a page at a time (the pickers and the sources grid). */
    public List<Source> search(@Nullable String text, int page, int size) {
        return page(new SourceFilter(text), page, size, List.of());
    }

    public List<Source> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIdIn(ids);
    }

    @Override
    public java.util.List<org.civicdata.tracker.core.common.FieldProblem> problems(Source source) {
        return SourceRules.check(source, today());
    }

    /** As every type's save, citing nothing: a source cites no sources. */
    @Override
    @Transactional
    public Source save(StaffPrincipal who, Source source, Collection<Long> sourceIds, Map<String, Object> parts) {
        return super.save(who, source, null, parts);
    }
}

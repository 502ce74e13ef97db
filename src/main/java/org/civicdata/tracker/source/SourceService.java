package org.civicdata.tracker.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.Like;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.RecordsOfType;
import org.civicdata.tracker.editing.RecordEditor;

/** Sources: found by title to cite; created, edited and deleted by staff (refused while cited: RecordEditor). */
@Singleton
public class SourceService extends RecordsOfType<Source> {

    private final SourceRepository repository;

    SourceService(SourceRepository repository, RecordEditor editor) {
        super(RecordType.SOURCE, repository, editor);
        this.repository = repository;
    }


    /** By title, a page at a time (the pickers and the sources grid). */
    public List<Source> search(@Nullable String text, int page, int size) {
        return repository.findByTitleContains(text == null ? "" : text.trim(),
                Pageable.from(page, size, Sort.of(Sort.Order.asc("title"), Sort.Order.asc("id"))));
    }

    public long count(@Nullable String text) {
        return repository.count((root, cb) -> text == null || text.isBlank() ? null
                : cb.like(root.get("title"), Like.contains(text)));
    }

    public List<Source> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIdIn(ids);
    }

    @Override
    @Transactional
    public Source save(StaffPrincipal who, Source source, Collection<Long> sourceIds) {
        if (source.getTitle() == null || source.getTitle().isBlank()) {
            throw new InvalidInputException("title", "A title is required.");
        }
        if (source.getUrl() != null && !source.getUrl().isBlank()) {
            checkUrl(source.getUrl().trim());
            source.setUrl(source.getUrl().trim());
        } else {
            source.setUrl(null);
        }
        return source.getId() == null
                ? editor().create(who, RecordType.SOURCE, source, List.of())
                : editor().update(who, RecordType.SOURCE, source, null);
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidInputException("url", "A URL starts with http:// or https:// and names a host.");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "Not a valid URL: " + e.getReason() + ".");
        }
    }
}

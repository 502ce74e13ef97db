package org.civicdata.tracker.edge.opendata;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.core.citation.CitedSource;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;

/** The published sources a batch of records cites, fetched in one query, as the public sees them. */
@Singleton
public class PublishedSources {

    private final CitationRepository citations;

    PublishedSources(CitationRepository citations) {
        this.citations = citations;
    }

    /** The published sources of a batch of records of one type. */
    Sources of(RecordType type, Collection<? extends TrackedRecord> records) {
        return new Sources(byId(type, PublicValues.ids(records)));
    }

    /** The published sources of the records of one type with these ids, by id. */
    public Map<Long, List<SourceView>> byId(RecordType type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return citations.findPublishedSources(type.name(), ids).stream()
                .collect(Collectors.groupingBy(
                        CitedSource::recordId, Collectors.mapping(PublishedSources::sourceView, Collectors.toList())));
    }

    /** A batch's sources by record. */
    record Sources(Map<Long, List<SourceView>> byRecord) {
        List<SourceView> of(TrackedRecord record) {
            return byRecord.getOrDefault(record.getId(), List.of());
        }
    }

    static SourceView sourceView(CitedSource s) {
        return new SourceView(
                s.title(),
                s.publication(),
                s.author(),
                s.url(),
                PublicValues.date(s.publishedOn(), s.publishedPrecision()),
                s.publishedInferred(),
                s.seedDocument());
    }
}

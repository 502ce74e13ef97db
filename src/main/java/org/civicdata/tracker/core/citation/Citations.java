package org.civicdata.tracker.core.citation;

import jakarta.inject.Singleton;
import java.util.List;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Reads of what a record cites, for every record type alike. Citations are written only with their
 * record, by {@code audit.RecordWriter}, in the same audited transaction.
 */
@Singleton
public class Citations {

    private final CitationRepository citations;

    public Citations(CitationRepository citations) {
        this.citations = citations;
    }

    /** The ids of the sources a record cites, in order. */
    public List<Long> sourceIds(RecordType type, long id) {
        return citations.findByRecordTypeAndRecordId(type, id).stream()
                .map(Citation::sourceId)
                .sorted()
                .toList();
    }
}

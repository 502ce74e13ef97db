package org.civicdata.tracker.core.audit;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.citation.Citation;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.core.citation.Citations;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Writes a record's citation rows for {@link RecordWriter}, the only caller (citations are written
 * with their record, in its transaction), and records the change of its sources in the audit
 * entry's changes as the field {@code sources}.
 */
@Singleton
class CitationWriter {

    private final CitationRepository citationRows;
    private final Citations citations;

    CitationWriter(CitationRepository citationRows, Citations citations) {
        this.citationRows = citationRows;
        this.citations = citations;
    }

    /** Cites the sources from a record just created. */
    void add(RecordType type, long id, Collection<Long> sourceIds, Map<String, Object> changes) {
        for (Long sourceId : sourceIds) {
            citationRows.save(new Citation(null, type, id, sourceId));
        }
        if (!sourceIds.isEmpty()) {
            changes.put("sources", AuditTrail.change(null, List.copyOf(sourceIds)));
        }
    }

    /** Makes the record cite exactly these sources; a change is recorded only if there is one. */
    void replace(RecordType type, long id, Collection<Long> sourceIds, Map<String, Object> changes) {
        List<Long> before = citations.sourceIds(type, id);
        List<Long> after = sourceIds.stream().distinct().sorted().toList();
        if (!before.equals(after)) {
            changes.put("sources", AuditTrail.change(before, after));
            rewrite(type, id, before, after);
        }
    }

    /** Removes every citation of a record being deleted, the sources it cited kept in the changes. */
    void removeAll(RecordType type, long id, Map<String, Object> changes) {
        List<Long> cited = citations.sourceIds(type, id);
        if (!cited.isEmpty()) {
            changes.put("sources", AuditTrail.change(cited, null));
            rewrite(type, id, cited, List.of());
        }
    }

    private void rewrite(RecordType type, long id, List<Long> before, List<Long> after) {
        for (Citation c : citationRows.findByRecordTypeAndRecordId(type, id)) {
            if (!after.contains(c.sourceId())) {
                citationRows.delete(c);
            }
        }
        for (Long sourceId : after) {
            if (!before.contains(sourceId)) {
                citationRows.save(new Citation(null, type, id, sourceId));
            }
        }
    }
}

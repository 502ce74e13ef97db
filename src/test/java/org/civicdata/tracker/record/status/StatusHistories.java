package org.civicdata.tracker.record.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.PartialDate;

/** Status histories for tests that save letters, threats and court cases through their services. */
public final class StatusHistories {

    private StatusHistories() {}

    /** The parts of a save: a history of one entry with this status, undated, cited by the first of the sources. */
    public static Map<String, Object> one(Coded status, Collection<Long> sources) {
        return of(entry(
                status, null, sources.isEmpty() ? null : sources.iterator().next()));
    }

    public static StatusEntry entry(Coded status, String effective, Long sourceId) {
        return new StatusEntry(
                status.name(), effective == null ? null : PartialDate.parse(effective), null, sourceId, null, false);
    }

    public static Map<String, Object> of(StatusEntry... entries) {
        return Map.of(StatusHistory.PART, StatusHistory.part(List.of(entries)));
    }
}

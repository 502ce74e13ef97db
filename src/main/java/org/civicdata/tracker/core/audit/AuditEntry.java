package org.civicdata.tracker.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.civicdata.tracker.core.common.RecordType;

/**
 * One write to one record: who, when, what, and each changed field's old and new value
 * ({@code changes} is JSON: {@code {"field": {"old": ..., "new": ...}}}); whether the record was published
 * (public) just before and just after it, which puts the write in the public change feed.
 */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        RecordType recordType,
        long recordId,
        int recordVersion,
        String changes,
        boolean publicBefore,
        boolean publicAfter) {

    /** Whether the public could see the record before or after this write: a change the feed lists. */
    public boolean isPublic() {
        return publicBefore || publicAfter;
    }
}

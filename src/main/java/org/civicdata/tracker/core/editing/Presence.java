package org.civicdata.tracker.core.editing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.civicdata.tracker.core.common.RecordType;

/**
 * One open staff editor: who has which record open, since when, and when its heartbeat was last
 * heard. Bookkeeping about the staff UI, not record content: it is not audited (see
 * {@link RecordPresence}).
 */
@MappedEntity("record_presence")
public record Presence(
        @Id String editorKey, RecordType recordType, long recordId, String username, Instant since, Instant lastSeen) {}

package org.civicdata.tracker.core.citation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.civicdata.tracker.core.common.RecordType;

/** One record citing one source. The single citation rule for every record type. */
@MappedEntity("citation")
public record Citation(@Id @GeneratedValue @Nullable Long id, RecordType recordType, long recordId, long sourceId) {}

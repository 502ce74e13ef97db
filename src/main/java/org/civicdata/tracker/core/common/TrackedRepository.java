package org.civicdata.tracker.core.common;

import io.micronaut.data.repository.PageableRepository;

/**
 * What every record repository offers the audited write path ({@code audit.RecordWriter}): which
 * record type it stores.
 */
public interface TrackedRepository<T extends TrackedRecord> extends PageableRepository<T, Long> {

    RecordType recordType();
}

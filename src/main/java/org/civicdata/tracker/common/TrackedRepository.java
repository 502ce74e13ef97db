package org.civicdata.tracker.common;

import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;

/**
 * What every record repository offers the audited write path ({@code audit.RecordWriter}): which
 * record type it stores, and lookup by seed key (what makes seed loading idempotent).
 */
public interface TrackedRepository<T extends TrackedRecord> extends PageableRepository<T, Long> {

    RecordType recordType();

    Optional<T> findBySeedKey(String seedKey);
}

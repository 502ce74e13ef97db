package org.civicdata.tracker.core.common;

import java.util.Optional;

/** A repository of publishable records: adds lookup by seed key (what makes seed loading idempotent). */
public interface PublishableRepository<T extends PublishableRecord> extends TrackedRepository<T> {

    Optional<T> findBySeedKey(String seedKey);
}

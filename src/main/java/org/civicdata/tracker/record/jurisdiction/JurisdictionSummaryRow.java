package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * One row of {@link JurisdictionRepository#listPublishedSummaries}: a published jurisdiction's id, its
 * published parent's slug and the counts of what is attached to it. Its own fields are read from the
 * record itself ({@link JurisdictionFields}), so a new field needs no change here.
 */
@Introspected
public record JurisdictionSummaryRow(
        long id,
        @Nullable String parentSlug,
        long policyPositions,
        long designations,
        long dojLetters,
        long fundingThreats,
        long statements,
        long events) {}

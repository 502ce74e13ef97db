package org.civicdata.tracker.jurisdiction;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/** One row of {@link JurisdictionRepository#listPublishedSummaries}. */
@Introspected
public record JurisdictionSummaryRow(long id, String slug, String name, JurisdictionKind kind, String stateCode,
                                     @Nullable String fips, @Nullable BigDecimal latitude,
                                     @Nullable BigDecimal longitude, @Nullable String parentSlug,
                                     long policyPositions, long designations, long dojLetters, long fundingThreats,
                                     long statements, long events) {
}

package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Introspected;

/**
 * Which kinds of published record are attached to one jurisdiction ({@link JurisdictionRepository#findAttachedKinds}):
 * 1 if it has any of the kind, else 0 (as SQL's EXISTS gives them). Read in one round trip so its page
 * reads only the kinds it has (most jurisdictions have few of them).
 */
@Introspected
public record AttachedKinds(int designations, int dojLetters, int fundingThreats, int statements, int events) {}

package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.Stance;

/**
 * The listing filters as the OpenAPI document describes them. The controllers parse the request's
 * parameters with {@link PublicQuery#parse} (which also refuses unknown names); this bean is
 * their documented shape.
 */
@Introspected
public record ListingParameters(
        @Nullable
        @QueryValue
        @Parameter(description = "Derived stance")
        @Schema(implementation = Stance.class, nullable = false)
        String stance,

        @Nullable
        @QueryValue
        @Parameter(description = "Has a DOJ letter with this status")
        @Schema(implementation = LetterStatus.class, nullable = false)
        String letter,

        @Nullable
        @QueryValue
        @Parameter(description = "Has a funding threat with this status")
        @Schema(implementation = ThreatStatus.class, nullable = false)
        String threat,

        @Nullable @QueryValue @Parameter(description = "Two-letter state code, e.g. IL")
        String state,

        @Nullable
        @QueryValue
        @Parameter(description = "Kind of jurisdiction")
        @Schema(implementation = JurisdictionKind.class, nullable = false)
        String kind,

        @Nullable @QueryValue @Parameter(description = "Words the name contains (case-insensitive)")
        String q,

        @Nullable
        @QueryValue
        @Parameter(description = "The records as they stood on this date (YYYY-MM-DD), by their own dates")
        String asOf,

        @Nullable
        @QueryValue("self_declared_sanctuary")
        @Parameter(name = "self_declared_sanctuary", description = "Value in force of SELF_DECLARED_SANCTUARY")
        @Schema(implementation = PolicyValue.class, nullable = false)
        String selfDeclaredSanctuary,

        @Nullable
        @QueryValue("ice_detainer_limits")
        @Parameter(name = "ice_detainer_limits", description = "Value in force of ICE_DETAINER_LIMITS")
        @Schema(implementation = PolicyValue.class, nullable = false)
        String iceDetainerLimits,

        @Nullable
        @QueryValue("agreement_287g")
        @Parameter(name = "agreement_287g", description = "Value in force of AGREEMENT_287G")
        @Schema(implementation = PolicyValue.class, nullable = false)
        String agreement287g,

        @Nullable
        @QueryValue("ice_jail_access")
        @Parameter(name = "ice_jail_access", description = "Value in force of ICE_JAIL_ACCESS")
        @Schema(implementation = PolicyValue.class, nullable = false)
        String iceJailAccess,

        @Nullable
        @QueryValue("release_notification")
        @Parameter(name = "release_notification", description = "Value in force of RELEASE_NOTIFICATION")
        @Schema(implementation = PolicyValue.class, nullable = false)
        String releaseNotification,

        @Nullable
        @QueryValue("info_sharing_limits")
        @Parameter(name = "info_sharing_limits", description = "Value in force of INFO_SHARING_LIMITS")
        @Schema(implementation = PolicyValue.class, nullable = false)
        String infoSharingLimits) {}

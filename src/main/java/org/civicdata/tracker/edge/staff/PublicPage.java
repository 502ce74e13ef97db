package org.civicdata.tracker.edge.staff;

import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * The public page where a record is shown: a jurisdiction's page {@code /j/{slug}} and its JSON
 * {@code /api/jurisdictions/{slug}}. Public when the record and that jurisdiction are both
 * published; {@code jurisdictionName} is null for a jurisdiction's own page.
 */
public record PublicPage(String slug, String jurisdictionName, boolean jurisdictionPublished) {

    /** A jurisdiction's own page. */
    public static PublicPage own(String slug) {
        return new PublicPage(slug, null, true);
    }

    /** The page of the jurisdiction an attached record belongs to. */
    public static PublicPage of(String slug, String jurisdictionName, PublicationState jurisdictionState) {
        return new PublicPage(slug, jurisdictionName, jurisdictionState == PublicationState.PUBLISHED);
    }

    /** The page of the jurisdiction with this id (none for null: a record attached to no jurisdiction). */
    public static List<PublicPage> ofJurisdiction(JurisdictionService jurisdictions, Long jurisdictionId) {
        return jurisdictionId == null
                ? List.of()
                : jurisdictions
                        .find(jurisdictionId)
                        .map(j -> of(j.getSlug(), j.getName(), j.getPublicationState()))
                        .stream()
                        .toList();
    }
}

package org.civicdata.tracker.infra.seed;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shapes of the seed files (seeds/FORMAT.md), read strictly: an unknown field is an error.
 * Enumerations are kept as text here and checked by {@link SeedValidator}, so one bad value is
 * reported with its file and record key like every other problem.
 */
final class SeedRecords {

    private SeedRecords() {}

    interface Keyed {
        String key();

        List<String> sources();

        String notes();
    }

    record SourceSeed(
            String key,
            String title,
            String publication,
            String author,
            String url,
            String published,
            Boolean publishedInferred,
            String seedDocument,
            String notes)
            implements Keyed {
        @Override
        public List<String> sources() {
            return List.of();
        }
    }

    record JurisdictionSeed(
            String slug,
            String name,
            String kind,
            String state,
            String fips,
            BigDecimal latitude,
            BigDecimal longitude,
            String parent,
            List<String> sources,
            String notes)
            implements Keyed {
        @Override
        public String key() {
            return slug;
        }
    }

    record PersonSeed(
            String key,
            String name,
            String role,
            String office,
            String affiliation,
            Boolean organization,
            List<String> sources,
            String notes)
            implements Keyed {}

    record StatementSeed(
            String key,
            String speaker,
            String jurisdiction,
            String kind,
            String text,
            String saidOn,
            Boolean saidOnInferred,
            String venue,
            String venueDetail,
            String reportedBy,
            List<String> sources,
            String notes)
            implements Keyed {}

    record DesignationSeed(
            String key,
            String jurisdiction,
            String designator,
            String designatorName,
            String label,
            String designatedOn,
            List<String> sources,
            String notes)
            implements Keyed {}

    record PolicyPositionSeed(
            String key,
            String jurisdiction,
            String variable,
            String value,
            String validFrom,
            String validTo,
            List<String> sources,
            String notes)
            implements Keyed {}

    record DojLetterSeed(
            String key,
            String jurisdiction,
            String recipients,
            String sentOn,
            String sender,
            String legalBasis,
            String deadline,
            String status,
            String responseOn,
            String fundingAtStake,
            List<String> sources,
            String notes)
            implements Keyed {}

    record CourtCaseSeed(
            String key,
            String name,
            String court,
            String judge,
            String rulingOn,
            String outcome,
            String summary,
            List<String> sources,
            String notes)
            implements Keyed {}

    record FundingThreatSeed(
            String key,
            String jurisdiction,
            String scope,
            String issuingAuthority,
            String instrument,
            String instrumentDetail,
            String dojLetter,
            String programme,
            BigDecimal amountUsd,
            String status,
            String announcedOn,
            List<String> sources,
            String notes,
            List<CourtCaseSeed> courtCases)
            implements Keyed {}

    record FigureSeed(
            String label, BigDecimal value, String qualifier, String unit, String period, String attributedTo) {}

    record EventSeed(
            String key,
            String title,
            String kind,
            String occurredOn,
            Boolean occurredOnInferred,
            List<String> jurisdictions,
            String description,
            List<FigureSeed> figures,
            List<String> sources,
            String notes)
            implements Keyed {}

    /** Everything in one seed folder, parsed. */
    record SeedData(
            List<SourceSeed> sources,
            List<JurisdictionSeed> jurisdictions,
            List<PersonSeed> people,
            List<StatementSeed> statements,
            List<DesignationSeed> designations,
            List<PolicyPositionSeed> policyPositions,
            List<DojLetterSeed> dojLetters,
            List<FundingThreatSeed> fundingThreats,
            List<EventSeed> events) {}
}

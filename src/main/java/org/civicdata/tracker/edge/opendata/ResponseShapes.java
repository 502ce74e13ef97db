package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;

/**
 * The public API's JSON shapes: the contract outside users rely on (documented in
 * docs/data-model.md). Dates are strings as precise as the source: "2018-01-24", "2018-01", "2018".
 */
public final class ResponseShapes {

    private ResponseShapes() {}

    @Serdeable
    public record SourceView(
            String title,
            @Nullable String publication,
            @Nullable String author,
            @Nullable String url,
            @Nullable String published,
            boolean publishedInferred,
            @Nullable String seedDocument) {}

    @Serdeable
    public record Counts(
            long policyPositions,
            long designations,
            long dojLetters,
            long fundingThreats,
            long statements,
            long events) {}

    @Serdeable
    public record JurisdictionSummary(
            String slug,
            String name,
            String kind,
            String state,
            @Nullable String fips,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String parent,
            @Nullable Integer population,
            @Nullable Integer populationYear,
            String stance,
            Map<String, String> policy,
            List<String> dojLetterStatuses,
            List<String> fundingThreatStatuses,
            Counts counts) {
        /** The jurisdiction's own fields as {@code JurisdictionFields} describes them, then what is derived. */
        static JurisdictionSummary of(
                Jurisdiction j,
                @Nullable String parent,
                String stance,
                Map<String, String> policy,
                List<String> dojLetterStatuses,
                List<String> fundingThreatStatuses,
                Counts counts) {
            return new JurisdictionSummary(
                    j.getSlug(),
                    j.getName(),
                    j.getKind().name(),
                    j.getStateCode(),
                    j.getFips(),
                    RecordField.plain(j.getLatitude()),
                    RecordField.plain(j.getLongitude()),
                    parent,
                    j.getPopulation(),
                    j.getPopulationYear(),
                    stance,
                    policy,
                    dojLetterStatuses,
                    fundingThreatStatuses,
                    counts);
        }
    }

    @Serdeable
    public record JurisdictionList(@Nullable String asOf, int count, List<JurisdictionSummary> items) {}

    @Serdeable
    public record ParentRef(String slug, String name) {}

    @Serdeable
    public record PositionView(
            String variable,
            String value,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable String notes,
            List<SourceView> sources) {}

    @Serdeable
    public record DesignationView(
            String designator,
            @Nullable String designatorName,
            String label,
            @Nullable String designatedOn,
            @Nullable String notes,
            List<SourceView> sources) {}

    /**
     * One entry of a letter's, threat's or court case's status history: the status (code and label), when
     * it took effect and when it was reported (as precise as known), the published source that reports it
     * (null when none or not published), a note, and whether it was made from the record's own status.
     */
    @Serdeable
    public record StatusChangeView(
            String status,
            String statusLabel,
            @Nullable String effectiveOn,
            @Nullable String reportedOn,

            @Nullable @io.swagger.v3.oas.annotations.media.Schema(type = "object", implementation = SourceView.class)
            SourceView source,

            @Nullable String note,
            boolean migratedInitial) {}

    @Serdeable
    public record DojLetterView(
            @Nullable String sentOn,
            @Nullable String sender,
            @Nullable String recipients,
            @Nullable String legalBasis,
            @Nullable String deadline,
            @Nullable String status,
            @Nullable String responseOn,
            @Nullable String fundingAtStake,
            @Nullable String notes,
            List<SourceView> sources,
            List<StatusChangeView> statusHistory) {}

    @Serdeable
    public record CourtCaseView(
            @Nullable String name,
            @Nullable String court,
            @Nullable String judge,
            @Nullable String rulingOn,
            @Nullable String outcome,
            @Nullable String summary,
            @Nullable String status,
            @Nullable String notes,
            List<SourceView> sources,
            List<StatusChangeView> statusHistory) {}

    @Serdeable
    public record FundingThreatView(
            String issuingAuthority,
            String instrument,
            @Nullable String instrumentDetail,
            @Nullable String scope,
            @Nullable String programme,
            @Nullable BigDecimal amountUsd,
            @Nullable String status,
            @Nullable String announcedOn,
            @Nullable String notes,
            List<SourceView> sources,
            List<StatusChangeView> statusHistory,
            List<CourtCaseView> courtCases) {}

    @Serdeable
    public record PersonView(
            String name,
            @Nullable String role,
            @Nullable String office,
            @Nullable String affiliation,
            boolean organization) {}

    @Serdeable
    public record StatementView(
            PersonView speaker,
            String kind,
            String text,
            @Nullable String saidOn,
            boolean saidOnInferred,
            @Nullable String venue,
            @Nullable String venueDetail,
            @Nullable String reportedBy,
            @Nullable String notes,
            List<SourceView> sources) {}

    @Serdeable
    public record FigureView(
            String label,
            @Nullable BigDecimal value,
            @Nullable String qualifier,
            String unit,
            @Nullable String period,
            @Nullable String attributedTo) {}

    @Serdeable
    public record EventView(
            String title,
            String kind,
            @Nullable String occurredOn,
            boolean occurredOnInferred,
            @Nullable String description,
            List<FigureView> figures,
            @Nullable String notes,
            List<SourceView> sources) {}

    @Serdeable
    public record JurisdictionDetail(
            String slug,
            String name,
            String kind,
            String state,
            @Nullable String fips,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,

            @Nullable @io.swagger.v3.oas.annotations.media.Schema(type = "object", implementation = ParentRef.class)
            ParentRef parent,

            @Nullable Integer population,
            @Nullable Integer populationYear,
            String stance,
            @Nullable String asOf,
            @Nullable String notes,
            List<SourceView> sources,
            List<PositionView> policyPositions,
            List<DesignationView> designations,
            List<DojLetterView> dojLetters,
            List<FundingThreatView> fundingThreats,
            List<StatementView> statements,
            List<EventView> events) {
        /** The jurisdiction's own fields as {@code JurisdictionFields} describes them, then what is attached. */
        static JurisdictionDetail of(
                Jurisdiction j,
                @Nullable ParentRef parent,
                String stance,
                @Nullable String asOf,
                List<SourceView> sources,
                List<PositionView> policyPositions,
                List<DesignationView> designations,
                List<DojLetterView> dojLetters,
                List<FundingThreatView> fundingThreats,
                List<StatementView> statements,
                List<EventView> events) {
            return new JurisdictionDetail(
                    j.getSlug(),
                    j.getName(),
                    j.getKind().name(),
                    j.getStateCode(),
                    j.getFips(),
                    RecordField.plain(j.getLatitude()),
                    RecordField.plain(j.getLongitude()),
                    parent,
                    j.getPopulation(),
                    j.getPopulationYear(),
                    stance,
                    asOf,
                    j.getNotes(),
                    sources,
                    policyPositions,
                    designations,
                    dojLetters,
                    fundingThreats,
                    statements,
                    events);
        }
    }

    @Serdeable
    public record ApiError(
            String error,
            String message,
            @Nullable String slug,
            @Nullable String parameter) {}
}

package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.core.common.CsvCells;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.edge.opendata.PublishedRecords.Listed;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFields;
import org.civicdata.tracker.record.policy.PolicyVariable;

/**
 * The listing as GeoJSON (RFC 7946) and as CSV (RFC 4180, by Commons CSV). Both carry the same
 * summary fields as the JSON listing; their layouts are in docs/data-model.md and the codebook page.
 */
public final class OpenDataFormats {

    private OpenDataFormats() {}

    @Serdeable
    public record PointGeometry(String type, List<BigDecimal> coordinates) {}

    /** A jurisdiction without coordinates is a feature with a null geometry, as RFC 7946 allows. */
    @Serdeable
    public record Feature(
            String type,
            String id,

            @Nullable @io.swagger.v3.oas.annotations.media.Schema(type = "object", implementation = PointGeometry.class)
            PointGeometry geometry,

            JurisdictionSummary properties) {}

    @Serdeable
    public record FeatureCollection(String type, @Nullable String asOf, List<Feature> features) {}

    public static FeatureCollection geoJson(List<JurisdictionSummary> items, @Nullable String asOf) {
        return new FeatureCollection(
                "FeatureCollection",
                asOf,
                items.stream()
                        .map(j -> new Feature(
                                "Feature",
                                j.slug(),
                                j.latitude() == null || j.longitude() == null
                                        ? null
                                        : new PointGeometry("Point", List.of(j.longitude(), j.latitude())),
                                j))
                        .toList());
    }

    /**
     * The CSV columns, in order: a jurisdiction's own fields ({@link JurisdictionFields}), then what is
     * derived. Policy columns hold the value in force; list columns join with "|".
     */
    public static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(JurisdictionFields.columns());
        columns.add("stance");
        for (PolicyVariable v : PolicyVariable.values()) {
            columns.add(PublicQuery.parameterName(v));
        }
        columns.addAll(List.of(
                "doj_letter_statuses",
                "funding_threat_statuses",
                "policy_positions",
                "designations",
                "doj_letters",
                "funding_threats",
                "statements",
                "events"));
        return columns;
    }

    public static String csv(List<Listed> items) {
        StringWriter out = new StringWriter();
        try (CsvCells csv = CsvCells.writer(out, csvColumns())) {
            for (Listed listed : items) {
                JurisdictionSummary j = listed.summary();
                List<Object> row = new ArrayList<>();
                for (RecordField<Jurisdiction> field : JurisdictionFields.ALL) {
                    // The parent is the published parent's slug, as in the JSON.
                    Object value =
                            field.kind() == RecordField.Kind.REFERENCE ? j.parent() : field.value(listed.record());
                    row.add(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
                }
                row.add(j.stance());
                for (PolicyVariable v : PolicyVariable.values()) {
                    row.add(j.policy().get(v.name()));
                }
                row.add(String.join("|", j.dojLetterStatuses()));
                row.add(String.join("|", j.fundingThreatStatuses()));
                var c = j.counts();
                row.addAll(List.of(
                        c.policyPositions(),
                        c.designations(),
                        c.dojLetters(),
                        c.fundingThreats(),
                        c.statements(),
                        c.events()));
                csv.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.civicdata.tracker.record.statement;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.StatementImport.Row;

/**
 * How a statement reads in the columns of {@link StatementImport}'s file, both ways: a row's cells
 * set on the statement, the statement's values as the file writes them (to show what a row changes),
 * and the column of each field the rules name.
 */
@Singleton
class StatementRowMapping {

    private final JurisdictionRepository jurisdictions;
    private final StatementService service;
    private final SourceRepository sources;

    StatementRowMapping(JurisdictionRepository jurisdictions, StatementService service, SourceRepository sources) {
        this.jurisdictions = jurisdictions;
        this.service = service;
        this.sources = sources;
    }

    /** Where each field the rules name is in the file. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "speaker",
            "speaker",
            "text",
            "text",
            "kind",
            "kind",
            "saidOn",
            "said",
            "saidOnInferred",
            "said_inferred",
            "jurisdiction",
            "jurisdiction",
            "venue",
            "venue",
            "venueDetail",
            "venue_detail",
            "reportedBy",
            "reported_by",
            "notes",
            "notes");

    /** A statement's values in the file's columns (but speaker and text, which matched), as the file writes them. */
    Map<String, String> asInFile(Statement s, List<String> columns) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("kind", s.getKind() == null ? "" : s.getKind().name());
        PartialDate said = PartialDate.of(s.getSaidOn(), s.getSaidPrecision());
        values.put("said", said == null ? "" : said.toString());
        values.put("said_inferred", s.isSaidOnInferred() ? "true" : "false");
        values.put(
                "jurisdiction",
                s.getJurisdictionId() == null
                        ? ""
                        : jurisdictions
                                .findById(s.getJurisdictionId())
                                .map(Jurisdiction::getSlug)
                                .orElse(""));
        values.put("venue", s.getVenue() == null ? "" : s.getVenue().name());
        values.put("venue_detail", java.util.Objects.requireNonNullElse(s.getVenueDetail(), ""));
        values.put("reported_by", java.util.Objects.requireNonNullElse(s.getReportedBy(), ""));
        values.put("notes", java.util.Objects.requireNonNullElse(s.getNotes(), ""));
        values.put("source", "");
        values.keySet().retainAll(columns);
        return values;
    }

    /** As {@link #asInFile(Statement, List)}, with the row's source shown when the statement does not cite it yet. */
    Map<String, String> asInFile(Statement s, List<String> columns, @Nullable Long sourceId, Statement stored) {
        Map<String, String> values = asInFile(s, columns);
        if (sourceId != null && !service.sourceIds(stored.getId()).contains(sourceId)) {
            values.put(
                    "source",
                    "+ " + sources.findById(sourceId).map(Source::getTitle).orElse(""));
        }
        return values;
    }

    /** Sets the columns present in the file (all of them on a new statement). */
    static void fill(Statement s, Row row, List<String> columns) {
        Map<String, String> v = row.values();
        s.setPersonId(row.personId());
        s.setText(row.text());
        s.setKind(StatementKind.valueOf(v.get("kind").toUpperCase(Locale.ROOT)));
        if (columns.contains("said")) {
            PartialDate said = v.get("said").isEmpty() ? null : PartialDate.parse(v.get("said"));
            s.setSaidOn(said == null ? null : said.start());
            s.setSaidPrecision(said == null ? null : said.precision());
        }
        if (columns.contains("said_inferred")) {
            s.setSaidOnInferred(
                    List.of("true", "yes").contains(v.get("said_inferred").toLowerCase(Locale.ROOT)));
        }
        if (columns.contains("jurisdiction")) {
            s.setJurisdictionId(row.jurisdictionId());
        }
        if (columns.contains("venue")) {
            s.setVenue(
                    v.get("venue").isEmpty()
                            ? null
                            : Venue.valueOf(v.get("venue").toUpperCase(Locale.ROOT)));
        }
        if (columns.contains("venue_detail")) {
            s.setVenueDetail(v.get("venue_detail").isEmpty() ? null : v.get("venue_detail"));
        }
        if (columns.contains("reported_by")) {
            s.setReportedBy(v.get("reported_by").isEmpty() ? null : v.get("reported_by"));
        }
        if (columns.contains("notes")) {
            s.setNotes(v.get("notes").isEmpty() ? null : v.get("notes"));
        }
    }
}

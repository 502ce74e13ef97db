package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;

/** The JSON shapes of the change feed, {@code GET /api/changes} (the codebook's group "Change"). */
public final class ChangeShapes {

    private ChangeShapes() {}

    /** A page of changes, oldest first; {@code next} is the address of the page after it, if any. */
    @Serdeable
    public record ChangeList(int count, @Nullable String next, List<Change> items) {}

    /**
     * One write as the public saw it: the record appearing (published or created published), changing
     * while published, or disappearing (unpublished or deleted).
     *
     * @param id      the change's stable id (the audit entry's), usable as {@code since}
     * @param change  ADDED, CHANGED or REMOVED
     * @param at      when it changed on the public record (the write's time, UTC)
     * @param title   the change in words, as the Atom feed's entry title
     * @param fields  each public field that changed, from its old to its new value
     * @param sources the sources the record cited after the change (before it, for a removal)
     */
    @Serdeable
    public record Change(
            String id,

            @Schema(allowableValues = {"ADDED", "CHANGED", "REMOVED"})
            String change,

            String at,
            ChangedRecord record,
            String title,
            List<FieldChange> fields,
            List<SourceView> sources) {}

    /** The record: its type (a code of RecordType), its id, and the jurisdictions it is shown under. */
    @Serdeable
    public record ChangedRecord(String type, String typeLabel, long id, List<Place> jurisdictions) {}

    /** A jurisdiction a change is shown under; slug and name are null if it was deleted since. */
    @Serdeable
    public record Place(@Nullable String slug, @Nullable String name, String state, String kind) {}

    /**
     * One field's change: its public name and label (as the codebook lists it), the value before and
     * after as the JSON record carries it (codes as codes, dates as "2018-01"; null when empty) and as
     * the public page shows it (codes by label). A list (sources, an event's figures, a status
     * history) is summarised: its number of entries before and after. A reference to another record (a
     * statement's speaker, a record's jurisdiction, a court case's funding threat, a jurisdiction's
     * parent) keeps that record's id in {@code from}/{@code to}, names its type in {@code references},
     * and gives the record as the public knows it now in {@code fromRecord}/{@code toRecord} (its label
     * also as {@code fromLabel}/{@code toLabel}); a record not published now is not named: its record is
     * null and its label "(not published)".
     */
    @Serdeable
    public record FieldChange(
            String field,
            String label,
            @Nullable String from,
            @Nullable String to,
            @Nullable String fromLabel,
            @Nullable String toLabel,

            @Nullable @Schema(description = "The type of the record a reference points to (a code of RecordType)")
            String references,

            @Nullable @Schema(type = "object", implementation = ReferencedRecord.class)
            ReferencedRecord fromRecord,

            @Nullable @Schema(type = "object", implementation = ReferencedRecord.class)
            ReferencedRecord toRecord) {

        /** A change of a field that is not a reference. */
        public FieldChange(
                String field,
                String label,
                @Nullable String from,
                @Nullable String to,
                @Nullable String fromLabel,
                @Nullable String toLabel) {
            this(field, label, from, to, fromLabel, toLabel, null, null, null);
        }
    }

    /**
     * A published record a reference points to: its id, its public label (a jurisdiction's or person's
     * name, a funding threat's issuer and instrument...) and, for a jurisdiction, its slug.
     */
    @Serdeable
    public record ReferencedRecord(
            long id, String label, @Nullable String slug) {}
}

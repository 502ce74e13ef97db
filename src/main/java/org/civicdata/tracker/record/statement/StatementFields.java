package org.civicdata.tracker.record.statement;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A statement's own fields (its speaker: PersonFields). Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class StatementFields {

    private StatementFields() {}

    public static final List<RecordField<Statement>> ALL = List.of(
            RecordField.<Statement, StatementKind>code(
                    "kind",
                    "Kind",
                    "Whether the text is the speaker's own words.",
                    StatementKind.class,
                    Statement::getKind,
                    Statement::setKind),
            RecordField.<Statement>text(
                    "text",
                    "Text",
                    "The quote or paraphrase. Shown as text, never as markup.",
                    Statement::getText,
                    Statement::setText),
            RecordField.<Statement>date(
                    "saidOn",
                    "Said on",
                    "When it was said; saidOnInferred is true when the date comes from the report, not the statement. "
                            + RecordField.DATE_FORMAT,
                    Statement::getSaidOn,
                    Statement::getSaidPrecision,
                    Statement::setSaidOn,
                    Statement::setSaidPrecision),
            RecordField.<Statement>flag(
                    "saidOnInferred",
                    "Said on inferred",
                    "True when the date comes from the report, not the statement.",
                    Statement::isSaidOnInferred,
                    Statement::setSaidOnInferred),
            RecordField.<Statement, Venue>code(
                    "venue", "Venue", "Where it was said.", Venue.class, Statement::getVenue, Statement::setVenue),
            RecordField.<Statement>text(
                    "venueDetail",
                    "Venue detail",
                    "Where it was said, in the source's words.",
                    Statement::getVenueDetail,
                    Statement::setVenueDetail),
            RecordField.<Statement>text(
                    "reportedBy",
                    "Reported by",
                    "Who reported it, when not the speaker.",
                    Statement::getReportedBy,
                    Statement::setReportedBy));
}

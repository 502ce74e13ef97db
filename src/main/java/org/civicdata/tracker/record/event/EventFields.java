package org.civicdata.tracker.record.event;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * An event's own fields (its figures: EventFigureFields; its jurisdictions are where it is listed). Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class EventFields {

    private EventFields() {}

    public static final List<RecordField<Event>> ALL = List.of(
            RecordField.<Event>text(
                    "title", "Title", "What happened, in the source's words.", Event::getTitle, Event::setTitle),
            RecordField.<Event, EventKind>code(
                    "kind", "Kind", "What happened.", EventKind.class, Event::getKind, Event::setKind),
            RecordField.<Event>date(
                    "occurredOn",
                    "Occurred on",
                    "When it happened. " + RecordField.DATE_FORMAT,
                    Event::getOccurredOn,
                    Event::getOccurredPrecision,
                    Event::setOccurredOn,
                    Event::setOccurredPrecision),
            RecordField.<Event>flag(
                    "occurredOnInferred",
                    "Occurred on inferred",
                    "True when the date was inferred from the report.",
                    Event::isOccurredOnInferred,
                    Event::setOccurredOnInferred),
            RecordField.<Event>text(
                    "description",
                    "Description",
                    "What happened, in more of the source's words.",
                    Event::getDescription,
                    Event::setDescription));
}

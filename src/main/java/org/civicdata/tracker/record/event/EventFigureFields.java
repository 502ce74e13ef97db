package org.civicdata.tracker.record.event;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * An event figure's own fields, in the order the public JSON lists them (an event's figures). A figure is
 * an immutable part of its event, built whole by the event's editor and the seed loader, so these fields
 * are only read: the codebook's group comes from this list, and RecordFieldsEverywhereTest holds it, the
 * JSON and the codebook to the table's columns.
 */
public final class EventFigureFields {

    private EventFigureFields() {}

    private static final String WHAT = "An event's figure";

    public static final List<RecordField<EventFigure>> ALL = List.of(
            RecordField.<EventFigure>text(
                    "label",
                    "Label",
                    "What is counted, in the source's words.",
                    EventFigure::label,
                    RecordField.notSetByField(WHAT)),
            RecordField.<EventFigure>decimal(
                    "value",
                    "Value",
                    "The number the source gives.",
                    EventFigure::value,
                    RecordField.notSetByField(WHAT)),
            RecordField.<EventFigure, FigureQualifier>code(
                    "qualifier",
                    "Qualifier",
                    "How exact the number is.",
                    FigureQualifier.class,
                    EventFigure::qualifier,
                    RecordField.notSetByField(WHAT)),
            RecordField.<EventFigure, FigureUnit>code(
                    "unit",
                    "Unit",
                    "What the number counts.",
                    FigureUnit.class,
                    EventFigure::unit,
                    RecordField.notSetByField(WHAT)),
            RecordField.<EventFigure>text(
                    "period",
                    "Period",
                    "The period the number covers, in the source's words.",
                    EventFigure::period,
                    RecordField.notSetByField(WHAT)),
            RecordField.<EventFigure>text(
                    "attributedTo",
                    "Attributed to",
                    "Who the source says the number comes from.",
                    EventFigure::attributedTo,
                    RecordField.notSetByField(WHAT)));
}

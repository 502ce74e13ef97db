package org.civicdata.tracker.record.designation;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A designation's own fields. Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class DesignationFields {

    private DesignationFields() {}

    public static final List<RecordField<Designation>> ALL = List.of(
            RecordField.<Designation, Designator>code(
                    "designator",
                    "Designator",
                    "Who designated it.",
                    Designator.class,
                    Designation::getDesignator,
                    Designation::setDesignator),
            RecordField.<Designation>text(
                    "designatorName",
                    "Designator name",
                    "The designating body or person by name.",
                    Designation::getDesignatorName,
                    Designation::setDesignatorName),
            RecordField.<Designation>text(
                    "label", "Label", "The label used, verbatim.", Designation::getLabel, Designation::setLabel),
            RecordField.<Designation>date(
                    "designatedOn",
                    "Designated on",
                    "When it was designated. " + RecordField.DATE_FORMAT,
                    Designation::getDesignatedOn,
                    Designation::getDesignatedPrecision,
                    Designation::setDesignatedOn,
                    Designation::setDesignatedPrecision));
}

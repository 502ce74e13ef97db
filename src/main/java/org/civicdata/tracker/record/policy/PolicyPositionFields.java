package org.civicdata.tracker.record.policy;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A policy position's own fields. Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class PolicyPositionFields {

    private PolicyPositionFields() {}

    public static final List<RecordField<PolicyPosition>> ALL = List.of(
            RecordField.<PolicyPosition, PolicyVariable>code(
                    "variable",
                    "Variable",
                    "Which policy variable the position is about (see the group Policy variables).",
                    PolicyVariable.class,
                    PolicyPosition::getVariable,
                    PolicyPosition::setVariable),
            RecordField.<PolicyPosition, PolicyValue>code(
                    "value",
                    "Value",
                    "The variable's value for the jurisdiction during the period.",
                    PolicyValue.class,
                    PolicyPosition::getValue,
                    PolicyPosition::setValue),
            RecordField.<PolicyPosition>date(
                    "validFrom",
                    "Valid from",
                    "When the position took effect. " + RecordField.DATE_FORMAT,
                    PolicyPosition::getValidFromOn,
                    PolicyPosition::getValidFromPrecision,
                    PolicyPosition::setValidFromOn,
                    PolicyPosition::setValidFromPrecision),
            RecordField.<PolicyPosition>date(
                    "validTo",
                    "Valid to",
                    "When it ended; empty while in force. " + RecordField.DATE_FORMAT,
                    PolicyPosition::getValidToOn,
                    PolicyPosition::getValidToPrecision,
                    PolicyPosition::setValidToOn,
                    PolicyPosition::setValidToPrecision));
}

package org.civicdata.tracker.record.funding;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A court case's own fields (listed in its funding threat's courtCases). Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class CourtCaseFields {

    private CourtCaseFields() {}

    public static final List<RecordField<CourtCase>> ALL = List.of(
            RecordField.<CourtCase>text("name", "Name", "The case's name.", CourtCase::getName, CourtCase::setName),
            RecordField.<CourtCase>text(
                    "court", "Court", "The court that ruled.", CourtCase::getCourt, CourtCase::setCourt),
            RecordField.<CourtCase>text(
                    "judge",
                    "Judge",
                    "The judge, when the source names one.",
                    CourtCase::getJudge,
                    CourtCase::setJudge),
            RecordField.<CourtCase>date(
                    "rulingOn",
                    "Ruling on",
                    "When the court ruled. " + RecordField.DATE_FORMAT,
                    CourtCase::getRulingOn,
                    CourtCase::getRulingPrecision,
                    CourtCase::setRulingOn,
                    CourtCase::setRulingPrecision),
            RecordField.<CourtCase>text(
                    "outcome",
                    "Outcome",
                    "What the court decided, in brief.",
                    CourtCase::getOutcome,
                    CourtCase::setOutcome),
            RecordField.<CourtCase>text(
                    "summary",
                    "Summary",
                    "The ruling in the source's words.",
                    CourtCase::getSummary,
                    CourtCase::setSummary));
}

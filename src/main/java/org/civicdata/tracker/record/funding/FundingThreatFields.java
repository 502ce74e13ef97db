package org.civicdata.tracker.record.funding;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A funding threat's own fields (its court cases: CourtCaseFields). Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class FundingThreatFields {

    private FundingThreatFields() {}

    public static final List<RecordField<FundingThreat>> ALL = List.of(
            RecordField.<FundingThreat>text(
                    "issuingAuthority",
                    "Issuing authority",
                    "Who made the threat.",
                    FundingThreat::getIssuingAuthority,
                    FundingThreat::setIssuingAuthority),
            RecordField.<FundingThreat, ThreatInstrument>code(
                    "instrument",
                    "Instrument",
                    "How it was made.",
                    ThreatInstrument.class,
                    FundingThreat::getInstrument,
                    FundingThreat::setInstrument),
            RecordField.<FundingThreat>text(
                    "instrumentDetail",
                    "Instrument detail",
                    "How it was made, in the source's words.",
                    FundingThreat::getInstrumentDetail,
                    FundingThreat::setInstrumentDetail),
            RecordField.<FundingThreat>text(
                    "scope",
                    "Scope",
                    "Whom it threatens, in the source's words.",
                    FundingThreat::getScope,
                    FundingThreat::setScope),
            RecordField.<FundingThreat>text(
                    "programme",
                    "Programme",
                    "Which funding, when known.",
                    FundingThreat::getProgramme,
                    FundingThreat::setProgramme),
            RecordField.<FundingThreat>decimal(
                    "amountUsd",
                    "Amount (USD)",
                    "How much, in US dollars, when known.",
                    FundingThreat::getAmountUsd,
                    FundingThreat::setAmountUsd),
            RecordField.<FundingThreat, ThreatStatus>code(
                    "status",
                    "Status",
                    "Where it stands.",
                    ThreatStatus.class,
                    FundingThreat::getStatus,
                    FundingThreat::setStatus),
            RecordField.<FundingThreat>date(
                    "announcedOn",
                    "Announced on",
                    "When it was announced. " + RecordField.DATE_FORMAT,
                    FundingThreat::getAnnouncedOn,
                    FundingThreat::getAnnouncedPrecision,
                    FundingThreat::setAnnouncedOn,
                    FundingThreat::setAnnouncedPrecision));
}

package org.civicdata.tracker.record.dojletter;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A DOJ letter's own fields. Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class DojLetterFields {

    private DojLetterFields() {}

    public static final List<RecordField<DojLetter>> ALL = List.of(
            RecordField.<DojLetter>date(
                    "sentOn",
                    "Sent on",
                    "When it was sent. " + RecordField.DATE_FORMAT,
                    DojLetter::getSentOn,
                    DojLetter::getSentPrecision,
                    DojLetter::setSentOn,
                    DojLetter::setSentPrecision),
            RecordField.<DojLetter>text(
                    "sender", "Sender", "Who signed or sent it.", DojLetter::getSender, DojLetter::setSender),
            RecordField.<DojLetter>text(
                    "recipients",
                    "Recipients",
                    "Whom it went to, as the source says (a letter to many jurisdictions is one record).",
                    DojLetter::getRecipients,
                    DojLetter::setRecipients),
            RecordField.<DojLetter>text(
                    "legalBasis",
                    "Legal basis",
                    "The law or condition it invokes (e.g. 8 U.S.C. 1373).",
                    DojLetter::getLegalBasis,
                    DojLetter::setLegalBasis),
            RecordField.<DojLetter>date(
                    "deadline",
                    "Deadline",
                    "The deadline it sets. " + RecordField.DATE_FORMAT,
                    DojLetter::getDeadlineOn,
                    DojLetter::getDeadlinePrecision,
                    DojLetter::setDeadlineOn,
                    DojLetter::setDeadlinePrecision),
            RecordField.<DojLetter, LetterStatus>code(
                    "status",
                    "Status",
                    "Its latest known status.",
                    LetterStatus.class,
                    DojLetter::getStatus,
                    DojLetter::setStatus),
            RecordField.<DojLetter>date(
                    "responseOn",
                    "Response on",
                    "When the jurisdiction responded. " + RecordField.DATE_FORMAT,
                    DojLetter::getResponseOn,
                    DojLetter::getResponsePrecision,
                    DojLetter::setResponseOn,
                    DojLetter::setResponsePrecision),
            RecordField.<DojLetter>text(
                    "fundingAtStake",
                    "Funding at stake",
                    "The funding the letter puts at stake, as the source says.",
                    DojLetter::getFundingAtStake,
                    DojLetter::setFundingAtStake));
}

package org.civicdata.tracker.record.dojletter;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a DOJ letter: its recipients and date. */
@Singleton
class DojLetterNaming extends RecordNaming.Of<DojLetter> {

    DojLetterNaming(JurisdictionService jurisdictions) {
        super(
                RecordType.DOJ_LETTER,
                DojLetter.class,
                AttachedRecord.REFERENCES,
                r -> "DOJ letter to "
                        + (r.getRecipients() != null
                                ? RecordNaming.excerpt(r.getRecipients(), 60)
                                : jurisdictions.nameOf(r.getJurisdictionId()))
                        + (r.getSentOn() == null
                                ? ""
                                : ", sent " + PartialDate.of(r.getSentOn(), r.getSentPrecision())));
    }

    /** The status history in words (the record's history shows it). */
    @Override
    public java.util.Optional<String> partText(String part, Object value) {
        return org.civicdata.tracker.record.status.StatusHistory.words(part, value, LetterStatus.class);
    }
}

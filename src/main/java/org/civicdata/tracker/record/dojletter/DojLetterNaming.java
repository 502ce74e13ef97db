package org.civicdata.tracker.record.dojletter;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a DOJ letter: its recipients and date. */
@Singleton
class DojLetterNaming implements RecordNaming<DojLetter> {

    private final JurisdictionService jurisdictions;

    DojLetterNaming(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public RecordType recordType() {
        return RecordType.DOJ_LETTER;
    }

    @Override
    public Class<DojLetter> recordClass() {
        return DojLetter.class;
    }

    @Override
    public String nameOf(DojLetter r) {
        return "DOJ letter to "
                + (r.getRecipients() != null
                        ? RecordNaming.excerpt(r.getRecipients(), 60)
                        : jurisdictions.nameOf(r.getJurisdictionId()))
                + (r.getSentOn() == null
                        ? ""
                        : ", sent "
                                + org.civicdata.tracker.core.common.PartialDate.of(
                                        r.getSentOn(), r.getSentPrecision()));
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("jurisdictionId", RecordType.JURISDICTION);
    }
}

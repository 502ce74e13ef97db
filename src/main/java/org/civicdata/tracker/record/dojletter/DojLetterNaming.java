package org.civicdata.tracker.record.dojletter;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** How people name a DOJ letter: its recipients and date. */
@Singleton
class DojLetterNaming extends RecordNaming.Of<DojLetter> {

    private final JurisdictionService jurisdictions;

    DojLetterNaming(JurisdictionService jurisdictions) {
        super(RecordType.DOJ_LETTER, DojLetter.class, Map.of("jurisdictionId", RecordType.JURISDICTION));
        this.jurisdictions = jurisdictions;
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
}

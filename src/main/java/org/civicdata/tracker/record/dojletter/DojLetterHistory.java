package org.civicdata.tracker.record.dojletter;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.civicdata.tracker.record.status.StatusHistoryParts;
import org.civicdata.tracker.record.status.StatusParent;

/** A DOJ letter's status history, its part {@code statusHistory}; the letter's status is the latest entry's. */
@Singleton
public class DojLetterHistory extends StatusHistoryParts<LetterStatus> {

    DojLetterHistory(StatusChangeRepository repository, TextLimits limits) {
        super(StatusParent.DOJ_LETTER, LetterStatus.class, "sent", repository, limits);
    }
}

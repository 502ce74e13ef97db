package org.civicdata.tracker.record.funding;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.civicdata.tracker.record.status.StatusHistoryParts;
import org.civicdata.tracker.record.status.StatusParent;

/** A funding threat's status history, its part {@code statusHistory}; the threat's status is the latest entry's. */
@Singleton
public class FundingThreatHistory extends StatusHistoryParts<ThreatStatus> {

    FundingThreatHistory(StatusChangeRepository repository, TextLimits limits) {
        super(StatusParent.FUNDING_THREAT, ThreatStatus.class, "announced", repository, limits);
    }
}

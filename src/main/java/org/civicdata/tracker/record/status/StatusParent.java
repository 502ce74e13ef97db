package org.civicdata.tracker.record.status;

import java.util.Collection;
import java.util.List;
import org.civicdata.tracker.core.common.RecordType;

/** The three record types with a status history, each by its column of {@code status_change}. */
public enum StatusParent {
    DOJ_LETTER(RecordType.DOJ_LETTER),
    FUNDING_THREAT(RecordType.FUNDING_THREAT),
    COURT_CASE(RecordType.COURT_CASE);

    private final RecordType type;

    StatusParent(RecordType type) {
        this.type = type;
    }

    public RecordType type() {
        return type;
    }

    /** The entries of these parents, each parent's in history order. */
    List<StatusChange> read(StatusChangeRepository repository, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return switch (this) {
            case DOJ_LETTER -> repository.findByDojLetterIdIn(ids);
            case FUNDING_THREAT -> repository.findByFundingThreatIdIn(ids);
            case COURT_CASE -> repository.findByCourtCaseIdIn(ids);
        };
    }

    void deleteAll(StatusChangeRepository repository, long id) {
        switch (this) {
            case DOJ_LETTER -> repository.deleteByDojLetterId(id);
            case FUNDING_THREAT -> repository.deleteByFundingThreatId(id);
            case COURT_CASE -> repository.deleteByCourtCaseId(id);
        }
    }

    /** The parent's id of an entry of this type. */
    Long parentOf(StatusChange c) {
        return switch (this) {
            case DOJ_LETTER -> c.dojLetterId();
            case FUNDING_THREAT -> c.fundingThreatId();
            case COURT_CASE -> c.courtCaseId();
        };
    }

    StatusChange change(long parentId, StatusEntry e) {
        var effective = e.effective();
        var reported = e.reported();
        return new StatusChange(
                null,
                this == DOJ_LETTER ? parentId : null,
                this == FUNDING_THREAT ? parentId : null,
                this == COURT_CASE ? parentId : null,
                e.status(),
                effective == null ? null : effective.start(),
                effective == null ? null : effective.precision(),
                reported == null ? null : reported.start(),
                reported == null ? null : reported.precision(),
                e.sourceId(),
                e.migratedInitial(),
                e.note());
    }
}

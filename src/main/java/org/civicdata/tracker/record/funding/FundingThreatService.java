package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.AttachedRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.status.StatusEntry;

/** Staff work on funding threats: filtered in SQL, searched by authority, scope or jurisdiction; audited edits. */
@Singleton
public class FundingThreatService extends AttachedRecordsOfType<FundingThreat, FundingThreatFilter> {

    public static final Set<String> SORTABLE =
            Set.of("announcedOn", "instrument", "status", "amountUsd", "publicationState", "updatedAt");

    private final CourtCaseRepository courtCases;
    private final FundingThreatHistory history;

    FundingThreatService(
            FundingThreatRepository repository,
            CourtCaseRepository courtCases,
            JurisdictionService jurisdictions,
            RecordEditService editor,
            FundingThreatHistory history) {
        super(
                RecordType.FUNDING_THREAT,
                repository,
                jurisdictions,
                editor,
                SORTABLE,
                Sort.of(Sort.Order.asc("announcedOn")));
        this.courtCases = courtCases;
        this.history = history;
    }

    /** Threats for a picker (a court case's threat). */
    public List<FundingThreat> search(@Nullable String text, int page, int size) {
        return page(
                new FundingThreatFilter(text, null, null),
                page,
                size,
                List.of(Sort.Order.desc("announcedOn"), Sort.Order.asc("id")));
    }

    /** The court cases on these threats, drafts included, by ruling date. */
    public List<CourtCase> courtCasesOf(Collection<Long> threatIds) {
        return threatIds.isEmpty() ? List.of() : courtCases.findByFundingThreatIdInOrderByRulingOnAsc(threatIds);
    }

    /** A threat in a few words, for pickers and lists: "U.S. DOJ against Chicago, 2017-08 (THREATENED)". */
    public String describe(FundingThreat threat) {
        PartialDate announced = PartialDate.of(threat.getAnnouncedOn(), threat.getAnnouncedPrecision());
        String target = threat.getJurisdictionId() != null ? jurisdictionName(threat) : threat.getScope();
        return threat.getIssuingAuthority() + " against " + target + (announced == null ? "" : ", " + announced) + " ("
                + org.civicdata.tracker.core.common.Coded.labelOf(threat.getStatus()) + ")";
    }

    /** The threat's status history, in history order. */
    public List<StatusEntry> history(long id) {
        return history.of(id);
    }

    /**
     * Saves the threat with its status history (the part {@code statusHistory}; a save without it keeps the
     * stored one): refused, naming the row, when the history is empty or wrong; the threat's status is set
     * to its latest entry's, in the same audited change.
     */
    @Override
    @Transactional
    public FundingThreat save(
            StaffPrincipal who, FundingThreat threat, Collection<Long> sourceIds, Map<String, Object> parts) {
        history.checkSave(this, threat, sourceIds, parts, threat::setStatus, today());
        return super.save(who, threat, sourceIds, parts);
    }

    @Override
    protected Map<String, Object> canonical(Map<String, Object> parts) {
        return history.canonicalParts(parts);
    }

    @Override
    public List<FieldProblem> problems(FundingThreat threat) {
        return FundingThreatRules.check(threat, today());
    }
}

package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.AttachedRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** Staff work on funding threats: filtered in SQL, searched by authority, scope or jurisdiction; audited edits. */
@Singleton
public class FundingThreatService extends AttachedRecordsOfType<FundingThreat, FundingThreatFilter> {

    public static final Set<String> SORTABLE =
            Set.of("announcedOn", "instrument", "status", "amountUsd", "publicationState", "updatedAt");

    private final CourtCaseRepository courtCases;

    FundingThreatService(
            FundingThreatRepository repository,
            CourtCaseRepository courtCases,
            JurisdictionService jurisdictions,
            RecordEditService editor) {
        super(
                RecordType.FUNDING_THREAT,
                repository,
                jurisdictions,
                editor,
                SORTABLE,
                Sort.of(Sort.Order.asc("announcedOn")));
        this.courtCases = courtCases;
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

    @Override
    public List<FieldProblem> problems(FundingThreat threat) {
        return FundingThreatRules.check(threat, today());
    }
}

package org.civicdata.tracker.funding;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.Paging;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.RecordEditor;
import org.civicdata.tracker.editing.RecordsOfType;

/** Staff work on court cases, each on a funding threat: filtered in SQL; audited edits. */
@Singleton
public class CourtCaseService extends RecordsOfType<CourtCase> {

    public static final Set<String> SORTABLE = Set.of("name", "court", "rulingOn", "publicationState", "updatedAt");

    private final CourtCaseRepository repository;

    CourtCaseService(CourtCaseRepository repository, RecordEditor editor) {
        super(RecordType.COURT_CASE, repository, editor);
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourtCase> page(CourtCaseFilter filter, int page, int size, List<Sort.Order> orders) {
        return repository.findAll(filter.toSpecification(), Paging.of(page, size, orders, SORTABLE,
                Paging.LATEST_CHANGE)).getContent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CourtCaseFilter filter) {
        return repository.count(filter.toSpecification());
    }

    @Override
    @Transactional
    public CourtCase save(StaffPrincipal who, CourtCase courtCase, Collection<Long> sourceIds) {
        if (courtCase.getFundingThreatId() == null) {
            throw new InvalidInputException("fundingThreat", "Choose the funding threat the case is about.");
        }
        return courtCase.getId() == null
                ? editor().create(who, RecordType.COURT_CASE, courtCase, sourceIds)
                : editor().update(who, RecordType.COURT_CASE, courtCase, sourceIds);
    }
}

package org.civicdata.tracker.record.funding;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.status.StatusEntry;

/** Staff work on court cases, each on a funding threat: filtered in SQL; audited edits. */
@Singleton
public class CourtCaseService extends FilteredRecordsOfType<CourtCase, CourtCaseFilter> {

    public static final Set<String> SORTABLE = Set.of("name", "court", "rulingOn", "publicationState", "updatedAt");

    /** The grid's sort by the case's status (the latest entry's: no column to sort by in SQL). */
    public static final String STATUS = "status";

    private final CourtCaseHistory history;

    CourtCaseService(CourtCaseRepository repository, RecordEditService editor, CourtCaseHistory history) {
        super(RecordType.COURT_CASE, repository, editor, SORTABLE);
        this.history = history;
    }

    /** The case's status history, in history order. */
    public List<StatusEntry> history(long id) {
        return history.of(id);
    }

    /** The latest status of each of these cases (one query); a case without entries is absent. */
    public Map<Long, CaseStatus> latestStatuses(Collection<Long> caseIds) {
        Map<Long, CaseStatus> latest = new java.util.HashMap<>();
        history.of(caseIds)
                .forEach((id, entries) -> latest.put(
                        id, CaseStatus.valueOf(entries.get(entries.size() - 1).status())));
        return latest;
    }

    /** The filter's status, if chosen, as the cases in it (looked up first). */
    @Override
    public long count(CourtCaseFilter filter) {
        return super.count(inStatus(filter));
    }

    /**
     * A page of cases; sorted by status, the cases of each status in turn (in the statuses' order, which
     * is a case's course: filed, ruled, appealed, appeal decided, closed), each status's sorted by the
     * rest of the sort, all filtered and paged in SQL. A case with no history (a save through this service
     * refuses one; V10 and the seed loader gave every case a first entry, but the audited path itself allows
     * it) has no status: such cases come after the last status, or first when the order is descending.
     */
    @Override
    public List<CourtCase> page(CourtCaseFilter filter, int page, int size, List<Sort.Order> orders) {
        Sort.Order statusOrder = orders.stream()
                .filter(o -> o.getProperty().equals(STATUS))
                .findFirst()
                .orElse(null);
        if (statusOrder == null) {
            return super.page(inStatus(filter), page, size, orders);
        }
        Map<CaseStatus, List<Long>> byStatus = history.casesByStatus();
        List<Sort.Order> rest =
                orders.stream().filter(o -> !o.getProperty().equals(STATUS)).toList();
        List<CourtCaseFilter> groups = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            if (filter.status() == null || filter.status() == status) {
                groups.add(filter.among(byStatus.getOrDefault(status, List.of())));
            }
        }
        if (filter.status() == null) {
            groups.add(filter.outside(
                    byStatus.values().stream().flatMap(List::stream).toList()));
        }
        if (!statusOrder.isAscending()) {
            Collections.reverse(groups);
        }
        List<CourtCase> rows = new ArrayList<>();
        long skip = (long) page * size;
        for (CourtCaseFilter group : groups) {
            if (rows.size() == size) {
                break;
            }
            long inGroup = super.count(group);
            if (skip >= inGroup) {
                skip -= inGroup;
                continue;
            }
            rows.addAll(slice(group, (int) skip, size - rows.size(), rest));
            skip = 0;
        }
        return rows;
    }

    /** {@code take} rows of the group from {@code offset}: the one or two SQL pages of that size holding them. */
    private List<CourtCase> slice(CourtCaseFilter group, int offset, int take, List<Sort.Order> orders) {
        int first = offset / take;
        List<CourtCase> rows = new ArrayList<>(super.page(group, first, take, orders));
        if (offset % take != 0) {
            rows.addAll(super.page(group, first + 1, take, orders));
        }
        int from = Math.min(offset - first * take, rows.size());
        return rows.subList(from, Math.min(from + take, rows.size()));
    }

    private CourtCaseFilter inStatus(CourtCaseFilter filter) {
        return filter.status() == null
                ? filter
                : filter.among(history.casesByStatus().getOrDefault(filter.status(), List.of()));
    }

    /**
     * Saves the case with its status history (the part {@code statusHistory}; a save without it keeps the
     * stored one): refused, naming the row, when the history is empty or wrong, in the same audited change.
     */
    @Override
    @Transactional
    public CourtCase save(
            StaffPrincipal who, CourtCase courtCase, Collection<Long> sourceIds, Map<String, Object> parts) {
        history.checkSave(this, courtCase, sourceIds, parts, null, today());
        return super.save(who, courtCase, sourceIds, parts);
    }

    @Override
    protected Map<String, Object> canonical(Map<String, Object> parts) {
        return history.canonicalParts(parts);
    }

    @Override
    public List<FieldProblem> problems(CourtCase courtCase) {
        return CourtCaseRules.check(courtCase, today());
    }
}

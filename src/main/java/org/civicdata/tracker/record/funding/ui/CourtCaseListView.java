package org.civicdata.tracker.record.funding.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseFilter;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreatService;

/**
 * All court cases at /admin/court-cases: search name, court or judge; status (the latest entry of the
 * case's status history) and state filters in SQL and the URL.
 */
@Route(value = "court-cases", layout = StaffLayout.class)
@Menu(title = "Court cases", order = 26)
@PermitAll
@Prototype
public class CourtCaseListView extends FilteredListView<CourtCase> {

    private final CourtCaseService service;
    private final Map<Long, CaseStatus> statuses = new HashMap<>();

    public CourtCaseListView(CourtCaseService service, FundingThreatService threats) {
        super(
                "Search case name, court or judge",
                "New court case",
                CourtCaseEditorView.class,
                service,
                c -> new CourtCaseFilter(c.text(), c.get("status", CaseStatus.class), c.publication()));
        this.service = service;
        addFilter("status", "Any status", CaseStatus.class);
        addPublicationFilter();
        textColumn("Case", c -> c.getName() == null ? "(unnamed)" : c.getName(), "name");
        textColumn("Court", CourtCase::getCourt, "court");
        textColumn("Judge", CourtCase::getJudge).setAutoWidth(true);
        dateColumn("Ruling", CourtCase::getRulingOn, CourtCase::getRulingPrecision, "rulingOn");
        nameColumn(
                "On the threat",
                CourtCase::getFundingThreatId,
                id -> threats.find(id).map(threats::describe).orElse("?"));
        // The grid's pages are looked up a page at a time (loaded); a CSV export's rows one by one.
        codedColumn("Status", c -> statuses.computeIfAbsent(c.getId(), this::latestStatus), CourtCaseService.STATUS);
        publicationColumn();
    }

    private CaseStatus latestStatus(long id) {
        return service.latestStatuses(List.of(id)).get(id);
    }

    /** The statuses of the page's cases, their latest entries' (one query a page). */
    @Override
    protected void loaded(List<CourtCase> page) {
        statuses.putAll(
                service.latestStatuses(page.stream().map(CourtCase::getId).toList()));
    }
}

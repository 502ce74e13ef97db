package org.civicdata.tracker.record.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.PublicPage;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.RecordPicker;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.status.ui.StatusHistoryEditor;

/** One court case at /admin/court-cases/{id} ({@code new} to create), on a funding threat chosen from a list. */
@Route(value = "court-cases/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class CourtCaseEditorView extends RecordEditorView<CourtCase> {

    private final transient FundingThreatService threats;
    private final transient JurisdictionService jurisdictions;

    public CourtCaseEditorView(
            CourtCaseService service,
            FundingThreatService threats,
            JurisdictionService jurisdictions,
            Services services) {
        super("court case", CourtCase::new, service, services);
        this.threats = threats;
        this.jurisdictions = jurisdictions;
        RecordPicker<FundingThreat> threat = new RecordPicker<>(
                "funding-threat", "Funding threat", threats::describe, threats::search, threats::find);
        form().picked("fundingThreat", threat, "fundingThreatId").setRequiredIndicatorVisible(true);
        form().optionalText("name", "name", "Case name");
        form().optionalText("court", "court", "Court");
        form().optionalText("judge", "judge", "Judge");
        PartialDateField ruling = form().date("rulingOn", "ruling-on", "Ruling on", "ruling");
        form().optionalText("outcome", "outcome", "Outcome, in a few words");
        form().optionalArea("summary", "summary", "What the ruling held");
        parts(new StatusHistoryEditor<>(CaseStatus.class, CaseStatus.FILED, services.sources(), service::history)
                .addTo(form(), ruling, null)
                .forRecord(c -> PartialDate.of(c.getRulingOn(), c.getRulingPrecision())));
        addSourcesAndNotes();
        Button openThreat = new Button("Open the threat", e -> {
            if (threat.selectedId() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        FundingThreatEditorView.class, new RouteParameters("id", String.valueOf(threat.selectedId()))));
            }
        });
        openThreat.setId("open-threat");
        showAttached(openThreat);
    }

    @Override
    protected String titleOf(CourtCase c) {
        String what = c.getName() != null
                ? c.getName()
                : c.getCourt() != null
                        ? c.getCourt()
                        : c.getJudge() != null ? "Ruling by " + c.getJudge() : "Court case";
        return "Court case: " + what;
    }

    /** A court case is shown under its funding threat, on the page of the threat's jurisdiction. */
    @Override
    protected List<PublicPage> publicPages(CourtCase c) {
        return c.getFundingThreatId() == null
                ? List.of()
                : PublicPage.ofJurisdiction(
                        jurisdictions,
                        threats.find(c.getFundingThreatId())
                                .map(FundingThreat::getJurisdictionId)
                                .orElse(null));
    }

    @Override
    protected String noPublicPage() {
        return "Not on any public page: its funding threat is attached to no jurisdiction.";
    }
}
